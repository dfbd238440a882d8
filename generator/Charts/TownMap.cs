using System.Text;
using MoriokaSite.Model;
using MoriokaSite.Routing;

namespace MoriokaSite.Charts;

/// <summary>
/// The region's towns as a schematic map: a dot at each town office, placed by its latitude and longitude, with
/// the town's name and number of projects as a link to its page (where each goes: <see cref="MapLayout"/>). Lines
/// join the central city to each partner, since each agreement is between the two. The towns are drawn in their
/// display order, which is the Tab order. The layout and the outlines are the same on every page that shows the
/// map, so they are worked out once; each page's map differs only in its title and the town highlighted.
/// </summary>
/// <param name="count">Each town's number of projects.</param>
public sealed class TownMap(Region region, Routes routes, Func<Town, int> count, CountText countText)
{
    private readonly Lazy<(MapLayout Layout, IReadOnlyList<(TownBoundary, string)> Outlines)> _drawn = new(() =>
    {
        var layout = MapLayout.Of(region, t => countText.Plain(count(t)));
        return (layout, BoundaryPaths.Outlines(region.Boundaries, layout.Projection));
    });

    /// <param name="current">The town whose page this is, drawn highlighted; null elsewhere.</param>
    public string Draw(Town? current, string titleId)
    {
        var (layout, outlines) = _drawn.Value;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"town-map\" viewBox=\"0 0 {Svg.Number(layout.Width)} {Svg.Number(layout.Height)}\" aria-labelledby=\"{titleId}\">");
        BoundaryPaths.Write(svg, outlines, current);
        var central = layout.Towns.FirstOrDefault(t => t.Town.IsCentralCity);
        if (central is not null)
        {
            foreach (var partner in layout.Towns.Where(t => t != central))
            {
                svg.Append($"<line x1=\"{Svg.Number(central.X)}\" y1=\"{Svg.Number(central.Y)}\" x2=\"{Svg.Number(partner.X)}\" y2=\"{Svg.Number(partner.Y)}\" class=\"tie\"/>");
            }
        }

        foreach (var town in layout.Towns)
        {
            Town(svg, town, routes, countText.Svg(count(town.Town), "n"), town.Town == current);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Town(StringBuilder svg, MapTown town, Routes routes, string count, bool isCurrent)
    {
        var current = isCurrent ? " aria-current=\"page\"" : string.Empty;
        svg.Append($"<a href=\"{Svg.Text(routes.Town(town.Town))}\" class=\"{(isCurrent ? "town current" : "town")}\" data-town=\"{Svg.Text(town.Town.Slug)}\"{current}>");
        if (town.Leader)
        {
            var (x, y) = town.Box.Nearest(town.X, town.Y);
            svg.Append($"<line x1=\"{Svg.Number(town.X)}\" y1=\"{Svg.Number(town.Y)}\" x2=\"{Svg.Number(x)}\" y2=\"{Svg.Number(y)}\" class=\"leader\"/>");
        }

        svg.Append($"<circle cx=\"{Svg.Number(town.X)}\" cy=\"{Svg.Number(town.Y)}\" r=\"{Svg.Number(town.Radius)}\"/>");
        svg.Append($"<text x=\"{Svg.Number(town.LabelX)}\" y=\"{Svg.Number(town.LabelY - 2)}\" text-anchor=\"{town.Anchor}\" class=\"name\">{Svg.Text(town.Town.Name)}</text>");
        svg.Append($"<text x=\"{Svg.Number(town.LabelX)}\" y=\"{Svg.Number(town.LabelY + 15)}\" text-anchor=\"{town.Anchor}\" class=\"count\">{count}</text>");
        // No aria-label: the link's name is its visible text (名前 and N事業), as speech input expects.
        svg.Append("</a>");
    }
}

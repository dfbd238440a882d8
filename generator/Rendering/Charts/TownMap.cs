using System.Text;
using MoriokaSite.Model;
using MoriokaSite.Site;

namespace MoriokaSite.Rendering.Charts;

/// <summary>
/// The region's towns as a schematic map: a dot at each town office, placed by its latitude and longitude, with
/// the town's name and number of projects as a link to its page. Lines join the central city to each partner,
/// since each agreement is between the two. The towns are drawn in their display order, which is the Tab order.
/// </summary>
public static class TownMap
{
    private const double Width = 360;
    private const double LabelRoom = 84;
    private const double Margin = 28;
    private const double MaxHeight = 300;

    /// <param name="count">Each town's number of projects.</param>
    /// <param name="current">The town whose page this is, drawn highlighted; null elsewhere.</param>
    public static string Draw(Region region, Routes routes, Func<Town, int> count, Town? current, string titleId, CountText countText)
    {
        var points = Project(region.Positions);
        var height = points.Count == 0 ? Margin * 2 : points.Max(p => p.Y) + Margin;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"town-map\" viewBox=\"0 0 {Svg.Number(Width)} {Svg.Number(height)}\" aria-labelledby=\"{titleId}\">");
        var central = points.FirstOrDefault(p => p.Town.IsCentralCity);
        if (central is not null)
        {
            foreach (var partner in points.Where(p => p != central))
            {
                svg.Append($"<line x1=\"{Svg.Number(central.X)}\" y1=\"{Svg.Number(central.Y)}\" x2=\"{Svg.Number(partner.X)}\" y2=\"{Svg.Number(partner.Y)}\" class=\"tie\"/>");
            }
        }

        var labels = Labels(points);
        for (var i = 0; i < points.Count; i++)
        {
            Town(svg, points[i], routes, countText.Svg(count(points[i].Town), "n"), points[i].Town == current, labels[i]);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private sealed record Point(Town Town, double X, double Y);

    /// <summary>
    /// An equirectangular projection, east–west shrunk by the cosine of the middle latitude: over a region a few
    /// tens of kilometres across, that keeps the towns' bearings and distances as a reader knows them.
    /// </summary>
    private static List<Point> Project(IReadOnlyList<TownPosition> positions)
    {
        if (positions.Count == 0)
        {
            return [];
        }

        var north = positions.Max(p => p.Latitude);
        var south = positions.Min(p => p.Latitude);
        var west = positions.Min(p => p.Longitude);
        var east = positions.Max(p => p.Longitude);
        var shrink = Math.Cos((north + south) / 2 * Math.PI / 180);
        var spanX = Math.Max((east - west) * shrink, 1e-6);
        var spanY = Math.Max(north - south, 1e-6);
        var scale = Math.Min((Width - (2 * LabelRoom)) / spanX, MaxHeight / spanY);
        var offsetX = (Width - (spanX * scale)) / 2;
        return positions.Select(p => new Point(p.Town, offsetX + ((p.Longitude - west) * shrink * scale), Margin + ((north - p.Latitude) * scale))).ToList();
    }

    /// <summary>A label goes on the side away from the nearest town, so that two towns close together keep their names apart.</summary>
    private static bool LabelToRight(Point point, List<Point> points)
    {
        var nearest = points.Where(p => p != point).OrderBy(p => Math.Pow(p.X - point.X, 2) + Math.Pow(p.Y - point.Y, 2)).FirstOrDefault();
        return nearest is null || nearest.X <= point.X;
    }

    private sealed record Label(bool Right, double Y);

    private const double LabelHeight = 34;

    /// <summary>Each label's side, and its line moved up or down where two labels on one side would overlap.</summary>
    private static List<Label> Labels(List<Point> points)
    {
        var labels = points.Select(p => new Label(LabelToRight(p, points), p.Y)).ToList();
        var order = Enumerable.Range(0, points.Count).OrderBy(i => points[i].Y).ThenBy(i => i).ToList();
        for (var a = 0; a < order.Count; a++)
        {
            for (var b = a + 1; b < order.Count; b++)
            {
                var (i, j) = (order[a], order[b]);
                var gap = labels[j].Y - labels[i].Y;
                if (labels[i].Right == labels[j].Right && Math.Abs(points[i].X - points[j].X) < 70 && gap < LabelHeight)
                {
                    var push = (LabelHeight - gap) / 2;
                    labels[i] = labels[i] with { Y = labels[i].Y - push };
                    labels[j] = labels[j] with { Y = labels[j].Y + push };
                }
            }
        }

        return labels;
    }

    private static void Town(StringBuilder svg, Point point, Routes routes, string count, bool isCurrent, Label place)
    {
        var current = isCurrent ? " aria-current=\"page\"" : string.Empty;
        var right = place.Right;
        var x = right ? point.X + 13 : point.X - 13;
        var anchor = right ? "start" : "end";
        svg.Append($"<a href=\"{Svg.Text(routes.Town(point.Town))}\" class=\"{(isCurrent ? "town current" : "town")}\" data-town=\"{Svg.Text(point.Town.Slug)}\"{current}>");
        svg.Append($"<circle cx=\"{Svg.Number(point.X)}\" cy=\"{Svg.Number(point.Y)}\" r=\"{(point.Town.IsCentralCity ? 11 : 8)}\"/>");
        svg.Append($"<text x=\"{Svg.Number(x)}\" y=\"{Svg.Number(place.Y - 2)}\" text-anchor=\"{anchor}\" class=\"name\">{Svg.Text(point.Town.Name)}</text>");
        svg.Append($"<text x=\"{Svg.Number(x)}\" y=\"{Svg.Number(place.Y + 15)}\" text-anchor=\"{anchor}\" class=\"count\">{count}</text>");
        // No aria-label: the link's name is its visible text (名前 and N事業), as speech input expects.
        svg.Append("</a>");
    }
}

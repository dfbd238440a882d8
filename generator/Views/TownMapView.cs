using MoriokaSite.Charts;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>The map as a page shows it: the drawing, and the same links as a list for whoever cannot use the drawing.</summary>
/// <param name="TitleId">The id of the caption that names the map, unique on its page.</param>
public sealed record TownMapView(string Svg, IReadOnlyList<TownCount> Towns, string TitleId, Town? Current, Routes Routes, Region Region, PageWords Words)
{
    /// <summary>Towns with no position: listed but not drawn (the build has warned about each).</summary>
    public IReadOnlyList<Town> Undrawn => Towns.Select(t => t.Town).Where(t => Region.Positions.All(p => p.Town != t)).ToList();
}

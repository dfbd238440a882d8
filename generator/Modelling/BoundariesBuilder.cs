using System.Globalization;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>
/// The boundary file's geometries → each town's area, found by its local government code (the national data names
/// a municipality by the code without its check digit, N03_007, so either form matches any of a geometry's
/// properties). A town without a code or without a geometry is drawn as a dot; an office that lies outside its own
/// town's area is a position written wrong.
/// </summary>
internal static class BoundariesBuilder
{
    /// <summary>An office stands inside its town; this much room (in degrees, about 1 km) allows for the simplified outline.</summary>
    private const double Room = 0.01;

    public static Region Build(IReadOnlyList<TopoJson.Geometry>? geometries, CsvTable? positionsTable, Region region, DiagnosticBag diagnostics)
    {
        if (geometries is null)
        {
            return region;
        }

        var boundaries = new List<TownBoundary>();
        foreach (var town in region.Towns.Where(t => t.Code.Length == 6))
        {
            var rings = geometries
                .Where(g => g.Properties.Values.Any(v => v == town.Code || v == town.Code[..5]))
                .SelectMany(g => g.Rings)
                .Where(r => r.Count >= 3)
                .ToList();
            if (rings.Count == 0)
            {
                diagnostics.Warning(SourceLocation.StartOf(BoundaryFileLoader.Path), Problems.BoundaryMissing(town.Name, town.Code, BoundaryFileLoader.Path));
                continue;
            }

            boundaries.Add(new TownBoundary(town, rings));
        }

        foreach (var position in region.Positions)
        {
            var boundary = boundaries.FirstOrDefault(b => b.Town == position.Town);
            if (boundary is null || Inside(position, boundary))
            {
                continue;
            }

            var row = positionsTable?.Rows.FirstOrDefault(r => r["ID"].Value == position.Town.Slug);
            diagnostics.Warning(row?["緯度"].Location ?? SourceLocation.StartOf(SiteLoader.TownPositionsPath), Problems.PositionOutsideBoundary(
                position.Town.Name,
                position.Latitude.ToString("0.####", CultureInfo.InvariantCulture),
                position.Longitude.ToString("0.####", CultureInfo.InvariantCulture)));
        }

        return region with { Boundaries = boundaries };
    }

    private static bool Inside(TownPosition position, TownBoundary boundary) =>
        position.Latitude >= boundary.South - Room && position.Latitude <= boundary.North + Room &&
        position.Longitude >= boundary.West - Room && position.Longitude <= boundary.East + Room;
}

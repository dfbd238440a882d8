using System.Globalization;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>
/// data/town-positions.csv → where the map places each town. A town without a row, or with a position that cannot be
/// right for the region (<see cref="FarPositions"/>), is listed but not drawn.
/// </summary>
internal static class TownPositionsBuilder
{
    public static readonly string[] Columns = ["ID", "緯度", "経度"];

    /// <param name="townsBroken">data/towns.csv had errors of its own: the positions are not matched to its towns until it is fixed.</param>
    public static Region Build(CsvTable? table, CsvTable? towns, Region region, bool townsBroken, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, TownPosition>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (townsBroken)
        {
            return region;
        }

        var cells = new Dictionary<string, CsvCell>(StringComparer.Ordinal);
        if (table is not null && table.RequireColumns(Columns, diagnostics))
        {
            foreach (var row in table.Rows)
            {
                Read(row, region, found, lines, diagnostics);
                cells.TryAdd(row["ID"].Value, row["緯度"]);
            }
        }

        foreach (var (position, km) in FarPositions.Of([.. found.Values]))
        {
            var (latitude, longitude) = (Shown(position.Latitude), Shown(position.Longitude));
            diagnostics.Warning(cells[position.Town.Slug].Location, km is { } distance
                ? Problems.PositionFarFromRegion(position.Town.Name, latitude, longitude, (int)Math.Round(distance))
                : Problems.PositionOutsideJapan(position.Town.Name, latitude, longitude));
            found.Remove(position.Town.Slug);
        }

        // A new town is a row of towns.csv: the warning points there, where staff just wrote it.
        foreach (var town in region.Towns.Where(t => !found.ContainsKey(t.Slug)))
        {
            var place = towns?.Rows.FirstOrDefault(r => r["ID"].Value == town.Slug)?.Location ?? SourceLocation.StartOf(SiteLoader.TownsPath);
            diagnostics.Warning(place, Problems.TownPositionMissing(town.Name, town.Slug, SiteLoader.TownPositionsPath));
        }

        return region with { Positions = region.Towns.Where(t => found.ContainsKey(t.Slug)).Select(t => found[t.Slug]).ToList() };
    }

    private static void Read(CsvRow row, Region region, Dictionary<string, TownPosition> found, Dictionary<string, int> lines, DiagnosticBag diagnostics)
    {
        var id = row["ID"];
        if (!Columns.All(c => CellParsing.Required(row[c], c, diagnostics)))
        {
            return;
        }

        var town = region.Towns.FirstOrDefault(t => t.Slug == id.Value);
        if (town is null)
        {
            diagnostics.Error(id.Location, Problems.UnknownPositionTown(id.Value, region.Towns.Select(t => t.Slug)));
            return;
        }

        if (!lines.TryAdd(town.Slug, row.ExcelRow))
        {
            diagnostics.Error(id.Location, Problems.DuplicateId(id.Value, lines[town.Slug]));
            return;
        }

        var latitude = Degrees(row["緯度"], -90, 90, diagnostics);
        var longitude = Degrees(row["経度"], -180, 180, diagnostics);
        if (latitude is not null && longitude is not null)
        {
            found.Add(town.Slug, new TownPosition(town, latitude.Value, longitude.Value));
        }
    }

    private static string Shown(double degrees) => degrees.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Degrees as a decimal number (39.7020), the form map services and the GSI's tables give.</summary>
    private static double? Degrees(CsvCell cell, double min, double max, DiagnosticBag diagnostics)
    {
        if (double.TryParse(cell.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value == 0 ? 0 : value; // -0 is 0: the map and the messages never show "-0".
        }

        diagnostics.Error(cell.Location, Problems.NotDegrees(cell.Value));
        return null;
    }
}

using MoriokaSite.Model;

namespace MoriokaSite.Views;

/// <summary>
/// Who works with whom: for each field, the number of its projects each town takes part in. A shade per cell
/// (0–4, relative to the largest) helps the eye; the number stays as text for everyone else.
/// </summary>
public sealed record TownFieldMatrix(IReadOnlyList<Town> Towns, IReadOnlyList<TownFieldMatrix.Row> Rows)
{
    public sealed record Cell(Town Town, int Count, int Shade);

    public sealed record Row(Field Field, IReadOnlyList<Cell> Cells);

    public const int Shades = 4;

    public static TownFieldMatrix From(SiteModel site)
    {
        var counts = site.Fields.Select(f => site.Towns.Select(t => f.Projects.Count(p => p.Towns.Contains(t))).ToList()).ToList();
        var max = Math.Max(1, counts.SelectMany(c => c).DefaultIfEmpty(0).Max());
        var rows = site.Fields.Select((f, i) => new Row(f, site.Towns.Select((t, j) => new Cell(t, counts[i][j], Shade(counts[i][j], max))).ToList())).ToList();
        return new TownFieldMatrix(site.Towns, rows);
    }

    /// <summary>Zero stays blank white, so that "none" stands out from "few".</summary>
    private static int Shade(int count, int max) => count == 0 ? 0 : (int)Math.Ceiling(count * (double)Shades / max);
}

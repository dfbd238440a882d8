using MoriokaSite.Model;

namespace MoriokaSite.Views;

/// <summary>
/// Who works with whom, field by field. A project of every town adds the same number to every town's column, in
/// whichever field: those are one row, <see cref="RegionWide"/>, and the fields' rows count only the projects
/// that some of the towns share, so that they show where the towns differ (in the source, 95 of 107 projects are
/// of every town). A field none of whose projects is shared has no row. <see cref="Total"/> adds both: each town's
/// number of projects. A shade per field cell (0–4, relative to the largest) helps the eye; the number stays as
/// text for everyone else.
/// </summary>
public sealed record TownFieldMatrix(IReadOnlyList<Town> Towns, TownFieldMatrix.Sum RegionWide, IReadOnlyList<TownFieldMatrix.Row> Rows, TownFieldMatrix.Sum Total)
{
    /// <summary>How many of the row's projects <paramref name="Town"/> takes part in.</summary>
    public sealed record Cell(Town Town, int Count, int Shade);

    /// <summary>A field's shared projects: how many, and how many of them each town takes part in.</summary>
    public sealed record Row(Field Field, int Count, IReadOnlyList<Cell> Cells);

    /// <summary>A line of no one field: how many projects, and how many of them each town takes part in.</summary>
    public sealed record Sum(int Count, IReadOnlyList<Cell> Cells);

    public const int Shades = 4;

    public static TownFieldMatrix From(SiteModel site)
    {
        // A project still without towns belongs to no town yet: it is in neither count.
        var shared = site.Projects.Where(p => p.Towns.Count > 0 && !p.IsRegionWide).ToList();
        var counts = site.Fields
            .Select(f => (Field: f, Projects: shared.Where(p => p.Field == f).ToList()))
            .Where(x => x.Projects.Count > 0)
            .Select(x => (x.Field, x.Projects.Count, Towns: site.Towns.Select(t => x.Projects.Count(p => p.Towns.Contains(t))).ToList()))
            .ToList();
        var max = Math.Max(1, counts.SelectMany(c => c.Towns).DefaultIfEmpty(0).Max());
        var rows = counts.Select(c => new Row(c.Field, c.Count, site.Towns.Select((t, j) => new Cell(t, c.Towns[j], Shade(c.Towns[j], max))).ToList())).ToList();
        var regionWide = site.Projects.Count(p => p.IsRegionWide);
        var total = site.Towns.Select(t => new Cell(t, regionWide + shared.Count(p => p.Towns.Contains(t)), 0)).ToList();
        return new TownFieldMatrix(
            site.Towns,
            new Sum(regionWide, site.Towns.Select(t => new Cell(t, regionWide, 0)).ToList()),
            rows,
            new Sum(regionWide + shared.Count, total));
    }

    /// <summary>Zero stays blank white, so that "none" stands out from "few".</summary>
    private static int Shade(int count, int max) => count == 0 ? 0 : (int)Math.Ceiling(count * (double)Shades / max);
}

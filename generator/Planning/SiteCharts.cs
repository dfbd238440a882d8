using MoriokaSite.Charts;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Planning;

/// <summary>The site's pictures, each drawn from the model's counts: the map, the stacked bars of the summary, a field's charts.</summary>
/// <param name="words">The site's wording: how a number of projects is written, and a pillar's area.</param>
public sealed class SiteCharts(SiteModel site, Routes routes, PageWords words)
{
    private readonly CountText _count = words.ProjectCountText();
    private TownMap? _map;

    public string Map(Town? current, string titleId) => (_map ??= new TownMap(site.Region, routes, t => t.Projects.Count, _count)).Draw(current, titleId);

    /// <summary>The summary table's rows as bars, grouped as the table groups them.</summary>
    public string ProjectsByField(SummaryTable summary, string captionId) => StackedBars.Draw(
        "by-field",
        captionId,
        summary.Groups.Select(g => new StackedBars.Group(
            g.Area is null ? g.Pillar.Name : words["pillar.area", ("pillar", g.Pillar.Name), ("area", g.Area.Name)],
            g.Rows.Select(r => new StackedBars.Bar(r.Field.Slug, r.Field.ShortTitle, r.Counts)).ToList())).ToList(),
        site.Labels.Statuses,
        _count);

    public string FieldStages(Field field, string captionId) => StackedBars.Draw(
        "stages",
        captionId,
        [new StackedBars.Group(string.Empty, [new StackedBars.Bar(field.Slug, field.ShortTitle, SummaryTable.Counts.Of(field.Projects))])],
        site.Labels.Statuses,
        _count);

    public string FieldTowns(Field field, string captionId) => CountBars.Draw(
        captionId,
        site.Towns.Select(t => new CountBars.Bar(t.Slug, t.Name, field.Projects.Count(p => p.Towns.Contains(t)))).ToList(),
        _count);
}

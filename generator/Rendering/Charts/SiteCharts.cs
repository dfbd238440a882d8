using MoriokaSite.Model;
using MoriokaSite.Rendering.Views;
using MoriokaSite.Site;

namespace MoriokaSite.Rendering.Charts;

/// <summary>The site's pictures, each drawn from the model's counts: the map, the stacked bars of the summary, a field's charts.</summary>
/// <param name="count">How a number of projects is written, in the theme's wording.</param>
public sealed class SiteCharts(SiteModel site, Routes routes, CountText count)
{
    public string Map(Town? current, string titleId) => TownMap.Draw(site.Region, routes, t => t.Projects.Count, current, titleId, count);

    /// <summary>The summary table's rows as bars, grouped as the table groups them.</summary>
    public string ProjectsByField(SummaryTable summary, string captionId) => StackedBars.Draw(
        "by-field",
        captionId,
        summary.Groups.Select(g => new StackedBars.Group(
            g.Area is null ? g.Pillar.Name : $"{g.Pillar.Name}／{g.Area.Name}",
            g.Rows.Select(r => new StackedBars.Bar(r.Field.Slug, r.Field.ShortTitle, r.Counts)).ToList())).ToList(),
        site.Labels.Statuses,
        count);

    public string FieldStages(Field field, string captionId) => StackedBars.Draw(
        "stages",
        captionId,
        [new StackedBars.Group(string.Empty, [new StackedBars.Bar(field.Slug, field.ShortTitle, SummaryTable.Counts.Of(field.Projects))])],
        site.Labels.Statuses,
        count);

    public string FieldTowns(Field field, string captionId) => CountBars.Draw(
        captionId,
        site.Towns.Select(t => new CountBars.Bar(t.Slug, t.Name, field.Projects.Count(p => p.Towns.Contains(t)))).ToList(),
        count);
}

using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>
/// The validation and model stages. <see cref="Validate"/> checks every loaded file, reporting each
/// problem, and turns what is valid into typed parts, each built with its references (back references
/// included) resolved; <see cref="Assemble"/> puts them together into the model. <see cref="Build"/> does both.
/// </summary>
public static class ModelBuilder
{
    /// <summary>The validated parts of a site, each complete: nothing is set on them afterwards.</summary>
    public sealed record Parts(
        SiteConfig Config,
        Region Region,
        Labels Labels,
        IReadOnlyDictionary<string, Pillar> Pillars,
        IReadOnlyList<Field> Fields,
        IReadOnlyList<Project> Projects,
        IReadOnlyList<ContentPage> Pages,
        AccessibilityReport? AccessibilityReport,
        IReadOnlyList<SynonymGroup> Synonyms);

    public static SiteModel? Build(SiteSources sources, DiagnosticBag diagnostics)
    {
        var parts = Validate(sources, diagnostics);
        return parts is null ? null : Assemble(parts);
    }

    /// <summary>Null when there are errors, after all of them have been reported.</summary>
    public static Parts? Validate(SiteSources sources, DiagnosticBag diagnostics)
    {
        // The lists others point into come first, each checked on its own; their errors print first too.
        diagnostics.ReportFirst(SiteConfigLoader.FileName, SiteLoader.TownsPath, SiteLoader.TagsPath, SiteLoader.StatusesPath, SiteLoader.PillarsPath, SiteLoader.FieldsFolder + "/");
        var links = new Backlinks();
        var (towns, townsBroken) = Checked(diagnostics, () => TownsBuilder.Build(sources.Towns, links.ProjectsOf, diagnostics), r => r.Towns.Count == 0);
        var (statuses, statusesBroken) = Checked(diagnostics, () => StatusesBuilder.Build(sources.Statuses, diagnostics), s => s.Count == 0);
        var (tags, tagsBroken) = Checked(diagnostics, () => TagsBuilder.Build(sources.Tags, diagnostics), _ => sources.Tags is null);
        var (pillars, pillarsBroken) = Checked(diagnostics, () => PillarsBuilder.Build(sources.Pillars, links.FieldsUnder, diagnostics), p => p.Count == 0);
        var (fields, fieldsBroken) = Checked(diagnostics, () => FieldsBuilder.Build(sources.Fields, pillars, pillarsBroken, links, diagnostics), f => f.Count == 0);
        var broken = new BrokenReferences(townsBroken, tagsBroken, statusesBroken, pillarsBroken, fieldsBroken);
        var region = TownPositionsBuilder.Build(sources.TownPositions, sources.Towns, towns, townsBroken, diagnostics);
        region = BoundariesBuilder.Build(sources.Boundaries, sources.TownPositions, region, diagnostics);
        var labels = new Labels(statuses, tags);
        var projects = new ProjectsBuilder(fields, region, labels, broken, diagnostics).Build(sources.Projects);
        links.Complete(fields, projects);
        var synonyms = SynonymsBuilder.Build(sources.Synonyms, region, diagnostics);
        var pages = PagesBuilder.Build(sources.Pages, sources.UnreadPages, diagnostics);
        var accessibilityReport = AccessibilityReportBuilder.Build(sources.AccessibilityReport, diagnostics);
        foreach (var file in sources.Fields.Concat(sources.Pages))
        {
            MarkdownBodyCheck.Check(file, diagnostics);
        }

        if (diagnostics.HasErrors || sources.Config is null || pages is null)
        {
            return null;
        }

        return new Parts(sources.Config, region, labels, pillars, fields, projects, pages, accessibilityReport, synonyms);
    }

    /// <summary>Builds one list, and tells whether it is broken: it had an error of its own, or came out empty where it may not be.</summary>
    private static (T Value, bool Broken) Checked<T>(DiagnosticBag diagnostics, Func<T> build, Func<T, bool> unusable)
    {
        var before = diagnostics.ErrorCount;
        var value = build();
        return (value, diagnostics.ErrorCount > before || unusable(value));
    }

    /// <summary>The parts as one model, with the agreement and the top-level pillars picked out.</summary>
    public static SiteModel Assemble(Parts parts)
    {
        return new SiteModel
        {
            Config = parts.Config,
            Region = parts.Region,
            Labels = parts.Labels,
            Pillars = parts.Pillars.Values.Where(p => p.Parent is null).OrderBy(p => p.Order).ToList(),
            Fields = parts.Fields,
            Projects = parts.Projects,
            Pages = parts.Pages,
            Agreement = new Agreement(parts.Pages.First(p => p.Layout == PageLayout.Agreement), parts.Region.CentralCity!),
            AccessibilityReport = parts.AccessibilityReport,
            Synonyms = parts.Synonyms,
        };
    }
}

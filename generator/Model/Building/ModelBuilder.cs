using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Model.Building;

/// <summary>
/// The validation and model stages: checks every loaded file, reporting each problem, and builds the
/// cross-referenced model. Returns null when there are errors, after all of them have been reported.
/// </summary>
public static class ModelBuilder
{
    public static SiteModel? Build(SiteSources sources, DiagnosticBag diagnostics)
    {
        var towns = TownsBuilder.Build(sources.Towns, diagnostics);
        var pillars = PillarsBuilder.Build(sources.Pillars, diagnostics);
        var fields = FieldsBuilder.Build(sources.Fields, pillars, diagnostics);
        var projects = new ProjectsBuilder(fields, towns, diagnostics).Build(sources.Projects);
        var home = PagesBuilder.Build(sources.Home, diagnostics);
        var agreement = PagesBuilder.Build(sources.Agreement, diagnostics);
        var schedule = PagesBuilder.Build(sources.Schedule, diagnostics);

        if (diagnostics.HasErrors || sources.Config is null || home is null || agreement is null || schedule is null)
        {
            return null;
        }

        Link(pillars.Values, fields, projects);
        return new SiteModel
        {
            Config = sources.Config,
            Towns = towns,
            Pillars = pillars.Values.Where(p => p.Parent is null).OrderBy(p => p.Order).ToList(),
            Fields = fields,
            Projects = projects,
            Home = home,
            Agreement = new Agreement(agreement),
            Schedule = schedule,
        };
    }

    /// <summary>Resolves the back references once, so that no template ever looks anything up.</summary>
    private static void Link(IEnumerable<Pillar> pillars, IReadOnlyList<Field> fields, IReadOnlyList<Project> projects)
    {
        foreach (var field in fields)
        {
            field.Projects = projects.Where(p => p.Field == field).ToList();
            field.CrossListed = projects.Where(p => p.AlsoIn.Contains(field)).ToList();
        }

        foreach (var pillar in pillars)
        {
            pillar.Fields = fields.Where(f => (f.Area ?? f.Pillar) == pillar).ToList();
        }
    }
}

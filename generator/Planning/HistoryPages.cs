using Microsoft.AspNetCore.Html;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Templates;
using MoriokaSite.Views;
using MoriokaSite.Words;

namespace MoriokaSite.Planning;

/// <summary>
/// The pages of the projects' history: /changes/, the pages that stay at removed projects' URLs, and the history
/// on each project's page. None of them where the model has no history (no git, a shallow clone).
/// </summary>
internal sealed class HistoryPages(SiteModel site, Routes routes, SiteChrome chrome, PageWords words)
{
    private readonly ChangeWords _changes = new(words.Wording);

    private Crumb HomeCrumb => new(words["crumb.home"], routes.Home);

    public IEnumerable<PagePlan> Plans() => site.History is null ? [] : [Changes(), .. site.History.Removed.Select(Removed)];

    /// <summary>The history a project's page shows, or null.</summary>
    public HistoryView? For(Project project) =>
        site.History?.Of(project.Id) is { Count: > 0 } changes ? History(changes) : null;

    private HistoryView History(IReadOnlyList<ProjectChange> changes) => new([.. changes.Select(Line)], routes.Changes, words);

    /// <summary>平成28年3月：区分が…, the month a machine-readable date.</summary>
    private IHtmlContent Line(ProjectChange change) => change.Kind == ChangeKind.Listed
        ? new HtmlString(TemplateEngine.Encoder.Encode(_changes.Sentence(change)))
        : words.Html("history.item", ("date", Time(change.Date, _changes.Month(change.Date))), ("change", _changes.Sentence(change)));

    private static IHtmlContent Time(DateOnly date, string text) =>
        PageWords.Element("time", text, ("datetime", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    private PagePlan Changes() => new("Changes", new ChangesView
    {
        Chrome = chrome,
        Title = words["changes.title"],
        Description = words["changes.description"],
        Path = SitePaths.Changes,
        Section = routes.Projects,
        Breadcrumbs = [HomeCrumb, new(words["changes.title"], null)],
        Groups = site.History!.Publications.Select(p => Group(p.Publication, p.Changes)).ToList(),
    });

    private ChangesGroup Group(Publication publication, IReadOnlyList<ProjectChange> changes)
    {
        var date = _changes.Day(publication.Date);
        var heading = publication.IsFirst ? words["changes.firstHeading", ("date", date)]
            : publication.Tag is null ? words["changes.publication", ("date", date)] : words["changes.publicationTagged", ("date", date), ("tag", publication.Tag)];

        // The first version lists the source's projects, all of them: one sentence says so.
        IReadOnlyList<IHtmlContent> items = publication.IsFirst
            ? [words.Html("changes.first", ("projects", words.Projects(changes.Count)), ("projectsUrl", routes.Projects), ("count", changes.Count), ("date", date))]
            : [.. changes.Select(c => words.Html("changes.item", ("project", c.ProjectName), ("projectUrl", routes.ProjectById(c.ProjectId)), ("change", _changes.Sentence(c))))];
        return new ChangesGroup("c-" + publication.ShortCommit, heading, items);
    }

    private PagePlan Removed(RemovedProject project)
    {
        var date = _changes.Day(project.Removed);
        return new("RemovedProject", new RemovedProjectView
        {
            Chrome = chrome,
            Title = project.Name,
            Description = words["removed.description", ("project", project.Name), ("date", date)],
            Path = SitePaths.Project(project.Id),
            Section = routes.Projects,
            Context = words["projects.title"],
            Breadcrumbs = [HomeCrumb, new(words["changes.title"], routes.Changes), new(project.Name, null)],
            Lead = words.Html("removed.lead", ("date", date), ("projectsUrl", routes.Projects)),
            FieldLine = words["removed.field", ("field", project.FieldName)],
            History = History(site.History!.Of(project.Id)),
        });
    }
}

using MoriokaSite.Markup;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Search;
using MoriokaSite.Views;
using MoriokaSite.Words;

namespace MoriokaSite.Planning;

/// <summary>Decides every HTML page of the site and builds its view model. The order is the output's order.</summary>
/// <remarks>It chooses each page's template and data; the pages' wording is the theme's (<see cref="PageWords"/>).</remarks>
public sealed class PagePlanner(SiteModel site, Routes routes, SearchIndex searchIndex, string searchVersion, PageWords words)
{
    private readonly SiteChrome _chrome = new(site.Config, routes, site.Region, site.Labels, words)
    {
        Navigation = SiteMenus.Header(site.Pages, routes, words),
        FooterLinks = SiteMenus.Footer(site.Pages, routes),
    };
    private readonly StructuredData _structured = new(site, routes);
    private readonly SiteCharts _charts = new(site, routes, words);
    private HistoryPages? _history;

    private HistoryPages History => _history ??= new(site, routes, _chrome, words);

    private bool AnyCrossListed => site.Projects.Any(p => p.AlsoIn.Count > 0);

    /// <summary>A content page's Markdown as HTML, its tables named in the theme's wording.</summary>
    private string Html(string markdown) => MarkdownRenderer.ToHtml(markdown, heading => heading.Length == 0 ? words["table.unnamed"] : words["table.named", ("heading", heading)]);

    private Crumb HomeCrumb => new(words["crumb.home"], routes.Home);

    public IReadOnlyList<PagePlan> Plan() =>
    [
        Home(),
        Towns(),
        .. site.Fields.Select(Field),
        .. site.Towns.Select(Town),
        .. site.Partners.Select(TownAgreement),
        ProjectList(),
        .. site.Projects.Select(Project),
        .. History.Plans(),
        .. site.Pages.Where(p => p.Layout is PageLayout.TextPage or PageLayout.Agreement).Select(Page),
        OpenData(),
        Search(),
        Accessibility(),
        NotFound(),
    ];

    private PagePlan Home()
    {
        var summary = SummaryTable.From(site);
        return new("Home", new HomeView
        {
            Chrome = _chrome,
            Title = site.Config.Title,
            Description = site.Home.Description,
            Path = SitePaths.Home,
            Section = routes.Home,
            StructuredData = _structured.Home(),
            IntroHtml = Html(site.Home.Body),
            Pillars = site.Pillars,
            Summary = summary,
            ProjectCount = site.Projects.Count,
            Lead = site.Home.Description,
            Map = Map(null, "home-map"),
            ChartSvg = _charts.ProjectsByField(summary, "chart-caption"),
            AnyCrossListed = AnyCrossListed,
        });
    }

    private PagePlan Towns() => new("Towns", new TownsView
    {
        Chrome = _chrome,
        Title = words["towns.title"],
        Description = words["towns.description"],
        Path = SitePaths.Towns,
        Section = routes.Towns,
        Breadcrumbs = [HomeCrumb, new(words["towns.crumb"], null)],
        Map = Map(null, "towns-map"),
        Matrix = TownFieldMatrix.From(site),
        Shared = site.Projects.Where(p => !p.IsRegionWide).Select(p => new ProjectItem(p)).ToList(),
        AnyCrossListed = AnyCrossListed,
    });

    private TownMapView Map(Town? current, string titleId) =>
        new(_charts.Map(current, titleId), site.Towns.Select(t => new TownCount(t, t.Projects.Count)).ToList(), titleId, current, routes, site.Region, words);

    private PagePlan Field(Field field) => new("Field", new FieldView
    {
        Chrome = _chrome,
        Title = field.ShortTitle,
        Description = words["field.description", ("field", field.ShortTitle), ("projects", words.Projects(field.Projects.Count)), ("count", field.Projects.Count)],
        Path = SitePaths.Field(field),
        Section = routes.Projects,
        Breadcrumbs = [HomeCrumb, new(field.Pillar.Name, null), new(field.ShortTitle, null)],
        Field = field,
        StagesSvg = _charts.FieldStages(field, "stages-caption"),
        TownsSvg = _charts.FieldTowns(field, "towns-caption"),
        SameTownCount = site.Towns.Select(t => field.Projects.Count(p => p.Towns.Contains(t))).Distinct().Count() == 1
            ? field.Projects.Count(p => p.Towns.Contains(site.Towns[0]))
            : null,
        BodyHtml = Html(field.Body),
        Groups = site.Labels.Statuses.Select(s => new StatusGroup(s,
        [
            .. field.Projects.Where(p => p.Status == s.Status).Select(p => new ProjectItem(p)),
            .. field.CrossListed.Where(p => p.Status == s.Status).Select(p => new ProjectItem(p, IsCrossListed: true)),
        ])).ToList(),
    });

    private PagePlan Town(Town town)
    {
        var projects = town.Projects;
        return new("Town", new TownView
        {
            Chrome = _chrome,
            Title = town.Name,
            Description = words["town.description", ("town", town.Name), ("projects", words.Projects(projects.Count)), ("count", projects.Count)],
            Path = SitePaths.Town(town),
            StructuredData = _structured.Town(town),
            Section = routes.Towns,
            Breadcrumbs = [HomeCrumb, new(words["towns.crumb"], routes.Towns), new(town.Name, null)],
            Town = town,
            Map = Map(town, "town-map"),
            Particular = projects.Where(p => !p.IsRegionWide).Select(p => new ProjectItem(p)).ToList(),
            RegionWide = projects.Where(p => p.IsRegionWide).Select(p => new ProjectItem(p)).ToList(),
            AgreementPartners = town.IsCentralCity ? site.Partners : [town],
            AgreementTitle = site.Agreement.Template.Title,
            CentralCity = site.Agreement.CentralCity,
        });
    }

    private PagePlan TownAgreement(Town town)
    {
        var agreement = site.Agreement;
        var page = agreement.For(town);
        return new(nameof(PageLayout.Agreement), new AgreementView
        {
            Chrome = _chrome,
            Title = words["townAgreement.title", ("town", town.Name), ("agreement", agreement.Template.Title)],
            Description = page.Description,
            Path = SitePaths.TownAgreement(town),
            Section = routes.Page(agreement.Template),
            Breadcrumbs = [HomeCrumb, new(town.Name, routes.Town(town)), new(agreement.Template.Title, null)],
            BodyHtml = Html(page.Body),
            Partner = town,
            CentralCity = agreement.CentralCity,
            TextUrl = routes.Page(agreement.Template),
            AgreementTitle = agreement.Template.Title,
            Placeholder = agreement.Placeholder,
        });
    }

    private PagePlan ProjectList() => new("ProjectList", new ProjectListView
    {
        Chrome = _chrome,
        Title = words["projects.title"],
        Description = words["projects.description", ("projects", words.Projects(site.Projects.Count)), ("count", site.Projects.Count)],
        Path = SitePaths.Projects,
        Section = routes.Projects,
        Breadcrumbs = [HomeCrumb, new(words["projects.title"], null)],
        Pillars = site.Pillars,
        ProjectCount = site.Projects.Count,
    });

    private PagePlan Project(Project project)
    {
        var item = new ProjectItem(project);
        return new("Project", new ProjectView
        {
            Chrome = _chrome,
            Title = project.Name,
            // A project whose summary is not written yet still needs a description for search engines and shares.
            Description = project.Summary.Length > 0 ? Shorten(SummaryBlock.PlainText(project.Summary), 120) : words["project.description", ("field", project.Field.ShortTitle), ("project", project.Name)],
            Path = SitePaths.Project(project.Id),
            StructuredData = _structured.Project(project),
            Section = routes.Projects,
            Context = words["projects.title"],
            Breadcrumbs = [HomeCrumb, new(words["projects.title"], routes.Projects), new(project.Field.ShortTitle, routes.Field(project.Field)), new(project.Name, null)],
            Item = item,
            History = History.For(project),
        });
    }

    /// <summary>A page of content/: its text, in the template its layout names; the agreement with its partners.</summary>
    private PagePlan Page(ContentPage page) => page.Layout == PageLayout.Agreement
        ? new(nameof(PageLayout.Agreement), new AgreementView
        {
            Chrome = _chrome,
            Title = page.Title,
            Description = page.Description,
            Path = SitePaths.Page(page),
            Section = routes.Page(page),
            Breadcrumbs = [HomeCrumb, new(page.Title, null)],
            BodyHtml = Html(page.Body),
            Partners = site.Partners,
            CentralCity = site.Agreement.CentralCity,
            TextUrl = routes.Page(page),
            AgreementTitle = page.Title,
            Placeholder = site.Agreement.Placeholder,
        })
        : new(nameof(PageLayout.TextPage), new TextPageView
        {
            Chrome = _chrome,
            Title = page.Title,
            Description = page.Description,
            Path = SitePaths.Page(page),
            Section = routes.Page(page),
            Breadcrumbs = [HomeCrumb, .. Parents(page), new(page.Title, null)],
            BodyHtml = Html(page.Body),
        });

    /// <summary>The pages above a page in content/'s folders (about/ above about/history/), where they exist.</summary>
    private IEnumerable<Crumb> Parents(ContentPage page)
    {
        var names = page.Name.Split('/');
        for (var i = 1; i < names.Length; i++)
        {
            var parent = site.Pages.FirstOrDefault(p => p.Name == string.Join('/', names[..i]));
            if (parent is not null)
            {
                yield return new(parent.LinkTitle, routes.Page(parent));
            }
        }
    }

    private PagePlan Search() => new("Search", new SearchView
    {
        Chrome = _chrome,
        Title = words["search.title"],
        Description = words["search.description", ("projects", words.Projects(site.Projects.Count)), ("count", site.Projects.Count)],
        Path = SitePaths.Search,
        Section = routes.Search,
        Breadcrumbs = [HomeCrumb, new(words["search.title"], null)],
        Scripts = [routes.Asset("search.js")],
        Projects = site.Projects.Take(SearchView.FallbackLimit).Select(p => new ProjectItem(p)).ToList(),
        ProjectCount = site.Projects.Count,
        Fields = site.Fields,
        Towns = searchIndex.Towns,
        IndexUrl = routes.SearchIndexFile(string.Empty),
        IndexVersion = searchVersion,
    });

    private PagePlan OpenData() => new("OpenData", new OpenDataView
    {
        Chrome = _chrome,
        Title = words["data.title"],
        Description = words["data.description", ("projects", words.Projects(site.Projects.Count)), ("count", site.Projects.Count)],
        Path = SitePaths.OpenData,
        Section = routes.OpenData,
        Breadcrumbs = [HomeCrumb, new(words["data.title"], null)],
        Columns = OpenDataColumns.For(site, words.Wording),
        Fields = site.Fields,
        Towns = site.Towns,
        ProjectCount = site.Projects.Count,
        ChangeCount = site.History?.All.Count(),
    });

    private PagePlan Accessibility() => new(nameof(PageLayout.Accessibility), new AccessibilityView
    {
        Chrome = _chrome,
        Title = site.AccessibilityPolicy.Title,
        Description = site.AccessibilityPolicy.Description,
        Path = SitePaths.Accessibility,
        Section = routes.Accessibility,
        Breadcrumbs = [HomeCrumb, new(site.AccessibilityPolicy.Title, null)],
        PolicyHtml = Html(site.AccessibilityPolicy.Body),
        Report = null, // Decided after every other file is made: see SiteFingerprint.
    });

    private PagePlan NotFound() => new("NotFound", new NotFoundView
    {
        Chrome = _chrome,
        Title = words["notFound.title"],
        Description = words["notFound.description"],
        Path = SitePaths.NotFound,
    });

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

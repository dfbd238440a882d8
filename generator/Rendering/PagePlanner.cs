using MoriokaSite.Model;
using MoriokaSite.Rendering.Charts;
using MoriokaSite.Rendering.Views;
using MoriokaSite.Search;
using MoriokaSite.Site;

namespace MoriokaSite.Rendering;

/// <summary>Decides every HTML page of the site and builds its view model. The order is the output's order.</summary>
public sealed class PagePlanner(SiteModel site, Routes routes, SearchIndex searchIndex, string searchVersion)
{
    private readonly SiteChrome _chrome = new(site.Config, routes, site.Region, site.Labels);
    private readonly StructuredData _structured = new(site, routes);
    private readonly SiteCharts _charts = new(site, routes);

    private Crumb HomeCrumb => new("トップ", routes.Home);

    public IReadOnlyList<PagePlan> Plan() =>
    [
        Home(),
        Towns(),
        .. site.Fields.Select(Field),
        .. site.Towns.Select(Town),
        .. site.Partners.Select(TownAgreement),
        ProjectList(),
        .. site.Projects.Select(Project),
        Agreement(),
        Schedule(),
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
        Url = routes.Home,
        Section = "home",
        StructuredData = _structured.Home(),
        IntroHtml = MarkdownRenderer.ToHtml(site.Home.Body),
        Pillars = site.Pillars,
        Summary = summary,
        ProjectCount = site.Projects.Count,
        Lead = site.Home.Description,
        Map = Map(null, "home-map"),
        ChartSvg = _charts.ProjectsByField(summary, "chart-caption"),
        });
    }

    private PagePlan Towns() => new("Towns", new TownsView
    {
        Chrome = _chrome,
        Title = $"構成市町（{site.Region.AllTowns}）",
        Description = $"{site.Region.AllTowns}の地図と、市町ごと・分野ごとの事業数（{_chrome.AsOf}時点の候補）、一部の市町による事業。",
        Url = routes.Towns,
        Section = "towns",
        Breadcrumbs = [HomeCrumb, new("構成市町", null)],
        Map = Map(null, "towns-map"),
        Matrix = TownFieldMatrix.From(site),
        Shared = site.Projects.Where(p => !p.IsRegionWide).Select(p => new ProjectItem(p)).ToList(),
    });

    private TownMapView Map(Town? current, string titleId) =>
        new(_charts.Map(current, titleId), site.Towns.Select(t => new TownCount(t, site.ProjectsOf(t).Count())).ToList(), titleId, current, routes, site.Region);

    private PagePlan Field(Field field) => new("Field", new FieldView
    {
        Chrome = _chrome,
        Title = field.ShortTitle,
        Description = $"{field.ShortTitle}の取組と、都市圏ビジョンへの位置付けを想定する事業（{_chrome.AsOf}時点の候補、{Projects(field.Projects.Count)}）。",
        Url = routes.Field(field),
        Section = "projects",
        Breadcrumbs = [HomeCrumb, new(field.Pillar.Name, null), new(field.ShortTitle, null)],
        Field = field,
        StagesSvg = _charts.FieldStages(field, "stages-caption"),
        TownsSvg = _charts.FieldTowns(field, "towns-caption"),
        BodyHtml = MarkdownRenderer.ToHtml(field.Body),
        Groups = site.Labels.Statuses.Select(s => new StatusGroup(s,
        [
            .. field.Projects.Where(p => p.Status == s.Status).Select(p => new ProjectItem(p)),
            .. field.CrossListed.Where(p => p.Status == s.Status).Select(p => new ProjectItem(p, IsCrossListed: true)),
        ])).ToList(),
    });

    private PagePlan Town(Town town)
    {
        var projects = site.ProjectsOf(town).ToList();
        return new("Town", new TownView
        {
            Chrome = _chrome,
            Title = town.Name,
            Description = $"都市圏ビジョンへの位置付けを想定する事業（{_chrome.AsOf}時点の候補）のうち、関係市町に{town.Name}が含まれる事業の一覧（{Projects(projects.Count)}）。",
            Url = routes.Town(town),
            StructuredData = _structured.Town(town),
            Section = "towns",
            Breadcrumbs = [HomeCrumb, new("構成市町", routes.Towns), new(town.Name, null)],
            Town = town,
            Map = Map(town, "town-map"),
            Particular = projects.Where(p => !p.IsRegionWide).Select(p => new ProjectItem(p)).ToList(),
            RegionWide = projects.Where(p => p.IsRegionWide).Select(p => new ProjectItem(p)).ToList(),
            AgreementPartners = town.IsCentralCity ? site.Partners : [town],
            CentralCity = site.Agreement.CentralCity,
        });
    }

    private PagePlan TownAgreement(Town town)
    {
        var page = site.Agreement.For(town);
        return new("TextPage", new TextPageView
        {
            Chrome = _chrome,
            Title = $"{site.Agreement.CentralCity.Name}と{town.Name}の{site.Agreement.Template.Title}",
            Description = page.Description,
            Url = routes.TownAgreement(town),
            Section = "agreement",
            Breadcrumbs = [HomeCrumb, new(town.Name, routes.Town(town)), new(site.Agreement.Template.Title, null)],
            BodyHtml = MarkdownRenderer.ToHtml(page.Body),
            Partner = town,
            CentralCity = site.Agreement.CentralCity,
        });
    }

    private PagePlan ProjectList() => new("ProjectList", new ProjectListView
    {
        Chrome = _chrome,
        Title = "事業一覧",
        Description = $"都市圏ビジョンへの位置付けを想定する事業（{_chrome.AsOf}時点の候補、{Projects(site.Projects.Count)}）を、政策の柱と分野ごとに掲載しています。",
        Url = routes.Projects,
        Section = "projects",
        Breadcrumbs = [HomeCrumb, new("事業一覧", null)],
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
            Description = project.Summary.Length > 0 ? Shorten(SummaryBlock.PlainText(project.Summary), 120) : $"{project.Field.ShortTitle}の事業「{project.Name}」",
            Url = routes.Project(project),
            StructuredData = _structured.Project(project),
            Section = "projects",
            Context = "事業一覧",
            Breadcrumbs = [HomeCrumb, new("事業一覧", routes.Projects), new(project.Field.ShortTitle, routes.Field(project.Field)), new(project.Name, null)],
            Item = item,
        });
    }

    private PagePlan Agreement() => new("TextPage", new TextPageView
    {
        Chrome = _chrome,
        Title = site.Agreement.Template.Title,
        Description = site.Agreement.Template.Description,
        Url = routes.Agreement,
        Section = "agreement",
        Breadcrumbs = [HomeCrumb, new(site.Agreement.Template.Title, null)],
        BodyHtml = MarkdownRenderer.ToHtml(site.Agreement.Template.Body),
        AgreementPartners = site.Partners,
        CentralCity = site.Agreement.CentralCity,
        Placeholder = site.Agreement.Placeholder,
    });

    private PagePlan Schedule() => new("TextPage", new TextPageView
    {
        Chrome = _chrome,
        Title = site.Schedule.Title,
        Description = site.Schedule.Description,
        Url = routes.Schedule,
        Section = "schedule",
        Breadcrumbs = [HomeCrumb, new(site.Schedule.Title, null)],
        BodyHtml = MarkdownRenderer.ToHtml(site.Schedule.Body),
    });

    private PagePlan Search() => new("Search", new SearchView
    {
        Chrome = _chrome,
        Title = "事業を検索",
        Description = $"都市圏ビジョンへの位置付けを想定する事業（{Projects(site.Projects.Count)}）を、キーワードと分野・市町・区分・備考で探せます。",
        Url = routes.Search,
        Section = "search",
        Breadcrumbs = [HomeCrumb, new("事業を検索", null)],
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
        Title = "オープンデータ",
        Description = $"都市圏ビジョンへの位置付けを想定する事業（{_chrome.AsOf}時点の候補、{Projects(site.Projects.Count)}）を JSON と CSV で提供しています。",
        Url = routes.OpenData,
        Section = "data",
        Breadcrumbs = [HomeCrumb, new("オープンデータ", null)],
        Columns = OpenDataColumns.For(site),
        Fields = site.Fields,
        Towns = site.Towns,
        ProjectCount = site.Projects.Count,
    });

    private PagePlan Accessibility() => new("Accessibility", new AccessibilityView
    {
        Chrome = _chrome,
        Title = site.AccessibilityPolicy.Title,
        Description = site.AccessibilityPolicy.Description,
        Url = routes.Accessibility,
        Breadcrumbs = [HomeCrumb, new(site.AccessibilityPolicy.Title, null)],
        PolicyHtml = MarkdownRenderer.ToHtml(site.AccessibilityPolicy.Body),
        Report = site.AccessibilityReport,
    });

    private PagePlan NotFound() => new("NotFound", new NotFoundView
    {
        Chrome = _chrome,
        Title = "ページが見つかりません",
        Description = "お探しのページは見つかりませんでした。",
        Url = routes.Url("404.html"),
    });

    /// <summary>A count of projects as the site writes it everywhere: N事業, or なし.</summary>
    private static string Projects(int count) => count == 0 ? "なし" : $"{count}事業";

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

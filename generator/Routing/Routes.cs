using MoriokaSite.Config;
using MoriokaSite.Model;

namespace MoriokaSite.Routing;

/// <summary>
/// The one place links are made: a place of the site (<see cref="SitePaths"/>) under the base path. Every internal
/// link is an absolute path ("/REPO/fields/tourism/"): it works from any page, from a sub-path, and from GitHub Pages'
/// 404.html, which is served at whatever URL was asked for.
/// </summary>
public sealed class Routes(BaseUrl baseUrl)
{
    /// <summary>The path the site is served under, with slashes on both ends ("/" or "/REPO/").</summary>
    public string BasePath => baseUrl.Path;

    /// <summary>A place of the site as a link.</summary>
    public string Link(SitePath path) => BasePath + path.Relative;

    public string Home => Link(SitePaths.Home);

    public string Projects => Link(SitePaths.Projects);

    /// <summary>A page of content/: "schedule" → /schedule/, "" (content/index.md) → the home page.</summary>
    public string Page(ContentPage page) => Link(SitePaths.Page(page));

    public string Search => Link(SitePaths.Search);

    /// <summary>A file of the search index, which search.js reads; "" gives its folder.</summary>
    public string SearchIndexFile(string name) => Link(SitePaths.SearchIndexFile(name));

    public string ProjectsJson => Link(SitePaths.ProjectsJson);

    public string ProjectsCsv => Link(SitePaths.ProjectsCsv);

    public string ProjectsSchema => Link(SitePaths.ProjectsSchema);

    public string OpenData => Link(SitePaths.OpenData);

    public string Accessibility => Link(SitePaths.Accessibility);

    public string Feed => Link(SitePaths.Feed);

    public string NotFound => Link(SitePaths.NotFound);

    public string FieldCsv(Field field) => Link(SitePaths.FieldCsv(field));

    public string TownCsv(Town town) => Link(SitePaths.TownCsv(town));

    public string Stylesheet => Asset("style.css");

    public string Sitemap => Link(SitePaths.Sitemap);

    public string Field(Field field) => Link(SitePaths.Field(field));

    public string Towns => Link(SitePaths.Towns);

    public string Town(Town town) => Link(SitePaths.Town(town));

    public string TownAgreement(Town town) => Link(SitePaths.TownAgreement(town));

    public string Project(Project project) => ProjectById(project.Id);

    /// <summary>A project's page by its id: a removed project keeps its page at the same URL.</summary>
    public string ProjectById(string id) => Link(SitePaths.Project(id));

    /// <summary>Every change to the projects, from the repository's history.</summary>
    public string Changes => Link(SitePaths.Changes);

    public string ChangesJson => Link(SitePaths.ChangesJson);

    public string ChangesCsv => Link(SitePaths.ChangesCsv);

    public string Asset(string name) => Link(SitePaths.Asset(name));

    /// <summary>A link as an absolute URL, for canonical links, the sitemap and the open data; a bare path when no host is configured.</summary>
    public string Absolute(string url) => baseUrl.Origin + url;

    /// <summary>
    /// True when the base URL names a host. Without one (a local build, a preview), what only an
    /// absolute URL may carry — a sitemap's locations, OGP's og:url and og:image — is left out.
    /// </summary>
    public bool HasOrigin => baseUrl.HasOrigin;
}

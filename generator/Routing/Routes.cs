using MoriokaSite.Config;
using MoriokaSite.Model;

namespace MoriokaSite.Routing;

/// <summary>
/// The one place URLs are made. Every internal link is an absolute path under the base path
/// ("/REPO/fields/tourism/"): it works from any page, from a sub-path, and from GitHub Pages'
/// 404.html, which is served at whatever URL was asked for.
/// </summary>
public sealed class Routes
{
    private readonly string _origin;

    /// <param name="baseUrl">"https://ORG.github.io/REPO/", or a bare path such as "/".</param>
    public Routes(string baseUrl) => (_origin, BasePath) = SiteUrls.Split(baseUrl);

    /// <summary>The path the site is served under, with slashes on both ends ("/" or "/REPO/").</summary>
    public string BasePath { get; }

    public string Home => Url(string.Empty);

    public string Projects => Url("projects/");

    /// <summary>
    /// The top-level places the generator makes its own pages and files in: no page of content/ may take one.
    /// changes/ is the contract's, kept for the list of changes; cname, because GitHub Pages' CNAME file would be
    /// the same name as a folder cname/ on a disk that ignores case.
    /// </summary>
    public static readonly IReadOnlyList<string> GeneratedSections = ["projects", "towns", "fields", "search", "data", "assets", "changes", "cname"];

    /// <summary>A page of content/: "schedule" → /schedule/, "" (content/index.md) → the home page.</summary>
    public string Page(ContentPage page) => page.Name.Length == 0 ? Home : Url(page.Name + "/");

    public string Search => Url("search/");

    /// <summary>A file of the search index, which search.js reads; "" gives its folder.</summary>
    public string SearchIndexFile(string name) => Url($"search/index/{name}");

    public string ProjectsJson => Url("data/projects.json");

    public string ProjectsCsv => Url("data/projects.csv");

    public string ProjectsSchema => Url("data/projects.schema.json");

    public string OpenData => Url("data/");

    public string Accessibility => Url(AccessibilityPath);

    /// <summary>The accessibility page's place: the one page whose content is the audit of all the others.</summary>
    public const string AccessibilityPath = "accessibility/";

    /// <summary>The accessibility page's file in the output, for the audit's fingerprint of everything else.</summary>
    public const string AccessibilityFile = AccessibilityPath + "index.html";

    public string Feed => Url("feed.xml");

    /// <summary>The page GitHub Pages (and serve) answers for any URL it has no file for: the name is the host's convention.</summary>
    public const string NotFoundFile = "404.html";

    public string NotFound => Url(NotFoundFile);

    public string FieldCsv(Field field) => Url($"data/fields/{field.Slug}.csv");

    public string TownCsv(Town town) => Url($"data/towns/{town.Slug}.csv");

    public string Stylesheet => Asset("style.css");

    public string Sitemap => Url("sitemap.xml");

    public string Field(Field field) => Url($"fields/{field.Slug}/");

    public string Towns => Url("towns/");

    public string Town(Town town) => Url($"towns/{town.Slug}/");

    public string TownAgreement(Town town) => Url($"towns/{town.Slug}/agreement/");

    public string Project(Project project) => ProjectById(project.Id);

    /// <summary>A project's page by its id: a removed project keeps its page at the same URL.</summary>
    public string ProjectById(string id) => Url($"projects/{id}/");

    /// <summary>Every change to the projects, from the repository's history.</summary>
    public string Changes => Url("changes/");

    public string ChangesJson => Url("data/changes.json");

    public string ChangesCsv => Url("data/changes.csv");

    public string Asset(string name) => Url(AssetPath(name));

    /// <summary>Where a theme asset is written in the output, before the base URL is known.</summary>
    public static string AssetPath(string name) => $"assets/{name}";

    /// <summary>A site-relative path ("fields/x/") as a link.</summary>
    public string Url(string sitePath) => BasePath + sitePath;

    /// <summary>A link as an absolute URL, for canonical links, the sitemap and the open data; a bare path when no host is configured.</summary>
    public string Absolute(string url) => _origin + url;

    /// <summary>
    /// True when the base URL names a host. Without one (a local build, a preview), what only an
    /// absolute URL may carry — a sitemap's locations, OGP's og:url and og:image — is left out.
    /// </summary>
    public bool HasOrigin => _origin.Length > 0;

    /// <summary>The file a page URL is written to: "fields/x/" → "fields/x/index.html".</summary>
    public string FileFor(string url)
    {
        var sitePath = url[BasePath.Length..];
        return sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
    }
}

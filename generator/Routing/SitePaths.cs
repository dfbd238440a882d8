using MoriokaSite.Model;

namespace MoriokaSite.Routing;

/// <summary>
/// Every place the generator writes a page or a file to, before the base URL is known: <see cref="Routes"/> makes
/// links of them, and the writers take their files from them.
/// </summary>
public static class SitePaths
{
    /// <summary>
    /// The top-level places the generator makes its own pages and files in: no page of content/ may take one.
    /// changes/ is the contract's, kept for the list of changes; cname, because GitHub Pages' CNAME file would be
    /// the same name as a folder cname/ on a disk that ignores case.
    /// </summary>
    public static readonly IReadOnlyList<string> GeneratedSections = ["projects", "towns", "fields", "search", "data", "assets", "changes", "cname"];

    public static SitePath Home => SitePath.Folder(string.Empty);

    /// <summary>A page of content/: "schedule" → schedule/, "" (content/index.md) → the home page.</summary>
    public static SitePath Page(ContentPage page) => SitePath.Folder(page.Name);

    /// <summary>One of the generator's sections (<see cref="GeneratedSections"/>): "projects" → projects/.</summary>
    public static SitePath Section(string section) => SitePath.Folder(section);

    public static SitePath Projects => SitePath.Folder("projects");

    /// <summary>A project's page by its id: a removed project keeps its page at the same place.</summary>
    public static SitePath Project(string id) => SitePath.Folder($"projects/{id}");

    public static SitePath Field(Field field) => SitePath.Folder($"fields/{field.Slug}");

    public static SitePath Towns => SitePath.Folder("towns");

    public static SitePath Town(Town town) => SitePath.Folder($"towns/{town.Slug}");

    public static SitePath TownAgreement(Town town) => SitePath.Folder($"towns/{town.Slug}/agreement");

    /// <summary>Every change to the projects, from the repository's history.</summary>
    public static SitePath Changes => SitePath.Folder("changes");

    public static SitePath Search => SitePath.Folder("search");

    /// <summary>A file of the search index, which search.js reads; "" gives its folder.</summary>
    public static SitePath SearchIndexFile(string name) => SitePath.File($"search/index/{name}");

    public static SitePath OpenData => SitePath.Folder("data");

    public static SitePath ProjectsJson => SitePath.File("data/projects.json");

    public static SitePath ProjectsCsv => SitePath.File("data/projects.csv");

    public static SitePath ProjectsSchema => SitePath.File("data/projects.schema.json");

    public static SitePath ChangesJson => SitePath.File("data/changes.json");

    public static SitePath ChangesCsv => SitePath.File("data/changes.csv");

    public static SitePath FieldCsv(Field field) => SitePath.File($"data/fields/{field.Slug}.csv");

    public static SitePath TownCsv(Town town) => SitePath.File($"data/towns/{town.Slug}.csv");

    /// <summary>The accessibility page: the one page whose content is the audit of all the others.</summary>
    public static SitePath Accessibility => SitePath.Folder("accessibility");

    /// <summary>The page GitHub Pages (and serve) answers for any URL it has no file for: the name is the host's convention.</summary>
    public static SitePath NotFound => SitePath.File("404.html");

    public static SitePath Feed => SitePath.File("feed.xml");

    public static SitePath Sitemap => SitePath.File("sitemap.xml");

    /// <summary>A file of the theme's assets/ folder.</summary>
    public static SitePath Asset(string name) => SitePath.File($"assets/{name}");
}

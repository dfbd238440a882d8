using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>
/// The loading stage: reads every input file once, through <see cref="InsideSite"/> so that no link out of the
/// site is followed. Nothing after this stage touches the disk's content.
/// </summary>
public static class SiteLoader
{
    public const string TownsPath = "data/towns.csv";

    public const string TownPositionsPath = "data/town-positions.csv";
    public const string TagsPath = "data/tags.csv";
    public const string StatusesPath = "data/statuses.csv";
    public const string PillarsPath = "data/pillars.csv";
    public const string ProjectsPath = "data/projects.csv";

    /// <summary>Optional: without it, search finds only what is written.</summary>
    public const string SynonymsPath = "data/synonyms.csv";

    /// <summary>The optional column of data/projects.csv: the date a row was last changed.</summary>
    public const string ProjectsUpdatedColumn = "更新日";
    public const string ContentFolder = "content";
    public const string FieldsFolder = "content/fields";

    /// <summary>The home page's text: the one page a site cannot do without.</summary>
    public const string HomePath = "content/index.md";

    /// <param name="accessibilityReport">The audit's record to show on /accessibility/ (build's --accessibility-report), or null.</param>
    public static SiteSources Load(string root, DiagnosticBag diagnostics, string? accessibilityReport = null)
    {
        var fieldFiles = InsideSite.Files(root, FieldsFolder, ".md", recursive: false, diagnostics);
        if (fieldFiles.Count == 0 && InsideSite.CanRead(root, ContentFolder, diagnostics) && InsideSite.CanRead(root, FieldsFolder, diagnostics))
        {
            diagnostics.Error(SourceLocation.StartOf(FieldsFolder), Problems.FileMissing(new Phrase("分野の Markdown（content/fields/*.md）", "The field pages (content/fields/*.md)")));
        }

        var pagePaths = PagePaths(root, diagnostics);
        var pages = pagePaths.Select(p => MarkdownLoader.Load(root, p, new Phrase(p, p), diagnostics)).OfType<MarkdownFile>().ToList();
        return new SiteSources
        {
            Root = root,
            Config = SiteConfigLoader.Load(root, diagnostics),
            Towns = CsvLoader.Load(root, TownsPath, new Phrase("市町の一覧 data/towns.csv", "The list of towns data/towns.csv"), diagnostics),
            TownPositions = File.Exists(Path.Combine(root, TownPositionsPath))
                ? CsvLoader.Load(root, TownPositionsPath, new Phrase("地図の位置 data/town-positions.csv", "The map positions data/town-positions.csv"), diagnostics)
                : null,
            Boundaries = BoundaryFileLoader.Load(root, diagnostics),
            Tags = CsvLoader.Load(root, TagsPath, new Phrase("タグの一覧 data/tags.csv", "The list of tags data/tags.csv"), diagnostics),
            Statuses = CsvLoader.Load(root, StatusesPath, new Phrase("区分の一覧 data/statuses.csv", "The list of statuses data/statuses.csv"), diagnostics),
            Pillars = CsvLoader.Load(root, PillarsPath, new Phrase("政策の柱の一覧 data/pillars.csv", "The list of policy pillars data/pillars.csv"), diagnostics),
            Projects = CsvLoader.Load(root, ProjectsPath, new Phrase("事業の一覧 data/projects.csv", "The list of projects data/projects.csv"), diagnostics, ProjectsUpdatedColumn),
            Synonyms = File.Exists(Path.Combine(root, SynonymsPath))
                ? CsvLoader.Load(root, SynonymsPath, new Phrase("検索の関連する語 data/synonyms.csv", "Search's related words data/synonyms.csv"), diagnostics)
                : null,
            Fields = fieldFiles.Select(f => MarkdownLoader.Load(root, f, new Phrase(f, f), diagnostics)).OfType<MarkdownFile>().ToList(),
            Pages = pages,
            Wording = ThemeStringsLoader.LoadSite(root, diagnostics),
            // A content/ that cannot be read is one unread place: no page can then be said to be missing.
            UnreadPages = InsideSite.CanRead(root, ContentFolder, diagnostics)
                ? pagePaths.Except(pages.Select(p => p.Path), StringComparer.Ordinal).ToList()
                : [ContentFolder],
            AccessibilityReport = AccessibilityReportLoader.Load(accessibilityReport, diagnostics),
        };
    }

    /// <summary>
    /// Every Markdown file of content/ outside the fields' folder, as Hugo reads any file there as a page: adding a
    /// page is adding a file. The home page is looked for by name, so that its absence is reported as such.
    /// </summary>
    private static IReadOnlyList<string> PagePaths(string root, DiagnosticBag diagnostics)
    {
        var paths = Directory.Exists(Path.Combine(root, ContentFolder))
            ? InsideSite.Files(root, ContentFolder, ".md", recursive: true, diagnostics, except: [FieldsFolder])
            : [];
        // Looked for by name: a content/ that cannot be read is then reported once, for itself, and a home page
        // that is there but not an ordinary file (a pipe skipped above) is an error, as a page cannot do without it.
        if (!paths.Contains(HomePath, StringComparer.Ordinal))
        {
            InsideSite.Locate(root, HomePath, diagnostics, Problems.FileMissing(new Phrase("トップページの本文 content/index.md", "The home page's text content/index.md")));
        }

        return paths;
    }
}

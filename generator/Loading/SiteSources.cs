using MoriokaSite.Config;

namespace MoriokaSite.Loading;

/// <summary>Every input file of a site as read, before validation. Null where a file could not be read.</summary>
public sealed record SiteSources
{
    public required string Root { get; init; }

    public SiteConfig? Config { get; init; }

    public CsvTable? Towns { get; init; }

    /// <summary>Null when the file is absent: a region may be drawn later, and its towns are then only listed.</summary>
    public CsvTable? TownPositions { get; init; }

    /// <summary>The boundary file's geometries (data/boundaries.topojson); null when the site has none.</summary>
    public IReadOnlyList<TopoJson.Geometry>? Boundaries { get; init; }

    public CsvTable? Tags { get; init; }

    public CsvTable? Statuses { get; init; }

    public CsvTable? Pillars { get; init; }

    public CsvTable? Projects { get; init; }

    /// <summary>Null when the site has no data/synonyms.csv, which is allowed.</summary>
    public CsvTable? Synonyms { get; init; }

    public required IReadOnlyList<MarkdownFile> Fields { get; init; }

    /// <summary>Every page of content/ but the fields: content/index.md is the home page, content/NAME.md the page /NAME/.</summary>
    public required IReadOnlyList<MarkdownFile> Pages { get; init; }

    /// <summary>The page files, or content/ itself, that could not be read (each reported): what they were meant to be is unknown.</summary>
    public IReadOnlyList<string> UnreadPages { get; init; } = [];

    /// <summary>The site's own wording (content/strings.json), in place of its theme's; none when it has no such file.</summary>
    public IReadOnlyDictionary<string, WordTemplate> Wording { get; init; } = new Dictionary<string, WordTemplate>();

    /// <summary>The audit's record given to the build; null when none was given.</summary>
    public AccessibilityReportText? AccessibilityReport { get; init; }
}

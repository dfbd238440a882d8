using MoriokaSite.Diagnostics;

namespace MoriokaSite.Config;

/// <summary>What a staff member can change without touching code: site.json.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Language { get; init; }

    /// <summary>Where the site is published, e.g. https://ORG.github.io/REPO/, or just "/" for a local build.</summary>
    public required string BaseUrl { get; init; }

    public required string Theme { get; init; }

    /// <summary>Who publishes the site, shown in the footer.</summary>
    public required string Publisher { get; init; }

    /// <summary>The region's name, for structured data: the organisation the eight municipalities form.</summary>
    public required string Region { get; init; }

    /// <summary>The document the content is transcribed from, cited on every page.</summary>
    public required string Source { get; init; }

    /// <summary>The date of the data (YYYY-MM-DD): the feed's date wherever a project gives none. Never the build's clock.</summary>
    public required DateOnly Updated { get; init; }

    /// <summary>The open data's licence, by name and by URL.</summary>
    public required string License { get; init; }

    public required string LicenseUrl { get; init; }

    /// <summary>A custom domain for GitHub Pages (written to CNAME), or empty for ORG.github.io.</summary>
    public string Cname { get; init; } = string.Empty;

    /// <summary>The language of the generator's messages (diagnosticsLanguage: "ja" or "en"); the command line's --lang wins.</summary>
    public Language DiagnosticsLanguage { get; init; } = MoriokaSite.Diagnostics.Language.Japanese;
}

using MoriokaSite.Diagnostics;

namespace MoriokaSite.Config;

/// <summary>What a staff member can change without touching code: site.json.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Language { get; init; }

    /// <summary>Where the site is published, e.g. https://ORG.github.io/REPO/, or just "/" for a local build.</summary>
    public required BaseUrl BaseUrl { get; init; }

    public required string Theme { get; init; }

    /// <summary>
    /// Who publishes the site, shown in the footer, or empty: the source names no publisher of a
    /// website, so nothing is assumed and the footer says it is not given.
    /// </summary>
    public string Publisher { get; init; } = string.Empty;

    /// <summary>
    /// The area's name, for structured data (盛岡広域圏: the municipalities that make it up). Not an
    /// organisation: on the source's date the 連携中枢都市圏 had not yet been formed.
    /// </summary>
    public required string Region { get; init; }

    /// <summary>The document the content is transcribed from, cited on every page.</summary>
    public required string Source { get; init; }

    /// <summary>The date of the data (YYYY-MM-DD): the feed's date wherever a project gives none. Never the build's clock.</summary>
    public required DateOnly Updated { get; init; }

    /// <summary>The open data's licence by name, or empty while none has been decided: the pages then say so.</summary>
    public string License { get; init; } = string.Empty;

    /// <summary>Where the licence's terms are published, or empty.</summary>
    public string LicenseUrl { get; init; } = string.Empty;

    /// <summary>The office to ask about the content. The source's author, 盛岡市 市長公室, is the one it supports.</summary>
    public string Contact { get; init; } = string.Empty;

    /// <summary>The contact's telephone number, or empty: the source gives none, and none is made up.</summary>
    public string ContactPhone { get; init; } = string.Empty;

    /// <summary>The contact's e-mail address, or empty: the source gives none, and none is made up.</summary>
    public string ContactEmail { get; init; } = string.Empty;

    /// <summary>A custom domain for GitHub Pages (written to CNAME), or empty for ORG.github.io.</summary>
    public string Cname { get; init; } = string.Empty;

    /// <summary>The language of the generator's messages (diagnosticsLanguage: "ja" or "en"); the command line's --lang wins.</summary>
    public Language DiagnosticsLanguage { get; init; } = MoriokaSite.Diagnostics.Language.Japanese;
}

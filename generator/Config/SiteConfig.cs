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

    /// <summary>The document the content is transcribed from, cited on every page.</summary>
    public required string Source { get; init; }
}

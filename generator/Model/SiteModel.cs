using MoriokaSite.Config;

namespace MoriokaSite.Model;

/// <summary>Everything the site shows, checked and cross-referenced once. Templates only read it.</summary>
public sealed record SiteModel
{
    public required SiteConfig Config { get; init; }

    /// <summary>The municipalities, their central city and the word for all of them.</summary>
    public required Region Region { get; init; }

    /// <summary>The words for statuses and tags.</summary>
    public required Labels Labels { get; init; }

    public IReadOnlyList<Town> Towns => Region.Towns;

    /// <summary>The pillars, in order; their areas and fields hang under them.</summary>
    public required IReadOnlyList<Pillar> Pillars { get; init; }

    public required IReadOnlyList<Field> Fields { get; init; }

    /// <summary>Every project once, in id order.</summary>
    public required IReadOnlyList<Project> Projects { get; init; }

    /// <summary>Every page of content/ but the fields, by name: the home page first.</summary>
    public required IReadOnlyList<ContentPage> Pages { get; init; }

    public ContentPage Home => Pages.First(p => p.Layout == PageLayout.Home);

    public required Agreement Agreement { get; init; }

    public ContentPage AccessibilityPolicy => Pages.First(p => p.Layout == PageLayout.Accessibility);

    public AccessibilityReport? AccessibilityReport { get; init; }

    /// <summary>The groups of words search treats as one (data/synonyms.csv); none when the file is absent.</summary>
    public IReadOnlyList<SynonymGroup> Synonyms { get; init; } = [];

    public IReadOnlyList<Town> Partners => Region.Partners;

    /// <summary>Each project's changes from the repository's history; null where the repository cannot tell them.</summary>
    public SiteHistory? History { get; init; }

    public int Count(Status status) => Projects.Count(p => p.Status == status);
}

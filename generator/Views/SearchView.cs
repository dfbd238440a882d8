using MoriokaSite.Model;
using MoriokaSite.Search;

namespace MoriokaSite.Views;

/// <summary>
/// The search page. Without JavaScript it lists every project (the server cannot filter on static
/// hosting); with it, search.js reads the index and replaces the list. The filters' labels are the
/// page's own, so search.js takes every name it shows from here.
/// </summary>
public sealed record SearchView : PageView
{
    /// <summary>
    /// The projects listed for a visitor without JavaScript: all of them, up to <see cref="FallbackLimit"/>.
    /// A site of thousands would otherwise send megabytes of HTML to everyone who opens the search page.
    /// </summary>
    public required IReadOnlyList<ProjectItem> Projects { get; init; }

    public const int FallbackLimit = 1000;

    public required int ProjectCount { get; init; }

    public bool ListsEveryProject => Projects.Count == ProjectCount;

    public required IReadOnlyList<Field> Fields { get; init; }

    public required IReadOnlyList<SearchTown> Towns { get; init; }

    /// <summary>The folder of the index and the version that keeps a cache from mixing two builds.</summary>
    public required string IndexUrl { get; init; }

    public required string IndexVersion { get; init; }

    public IReadOnlyList<StatusLabel> Statuses => Chrome.Labels.Statuses;

    public IReadOnlyList<Tag> Tags => Chrome.Labels.Tags;
}

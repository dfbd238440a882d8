using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>What the layout needs from any page: its title, description, place and breadcrumbs.</summary>
public abstract record PageView
{
    public required SiteChrome Chrome { get; init; }

    /// <summary>The page's own title: its one &lt;h1&gt;.</summary>
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>The page's place: its link (<see cref="Url"/>) and the file it is written to, both from this one descriptor.</summary>
    public required SitePath Path { get; init; }

    /// <summary>The page's URL path, under the base path.</summary>
    public string Url => Chrome.Routes.Link(Path);

    /// <summary>Which header link is the current section, if any.</summary>
    public string? Section { get; init; }

    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>
    /// Where the page sits (a project's section, 事業一覧), shown in the &lt;title&gt; between the page and
    /// the site: the source has a project named like a field, and both pages' titles must still differ.
    /// </summary>
    public string? Context { get; init; }

    /// <summary>The &lt;title&gt;: unique per page, then the site's name, joined as the wording writes it.</summary>
    public string DocumentTitle =>
        Title == Chrome.Config.Title ? Title
        : string.Join(Chrome.Words["title.separator"], Context is null ? [Title, Chrome.Config.Title] : [Title, Context, Chrome.Config.Title]);

    public string CanonicalUrl => Chrome.Routes.Absolute(Url);

    /// <summary>JSON-LD for the page, already escaped for a script element, or null.</summary>
    public string? StructuredData { get; init; }

    /// <summary>The Open Graph type: "website" for the home page, "article" for the rest.</summary>
    public string OpenGraphType => Url == Chrome.Routes.Home ? "website" : "article";

    public string? ShareImageUrl => Chrome.Routes.HasOrigin ? Chrome.Routes.Absolute(Chrome.Routes.Asset("share.png")) : null;

    /// <summary>The page's URL for OGP, which must be absolute; null when the build has no host to name.</summary>
    public string? AbsoluteUrl => Chrome.Routes.HasOrigin ? Chrome.Routes.Absolute(Url) : null;

    public Routes Routes => Chrome.Routes;

    /// <summary>Every word the page shows: the site's wording, with the site's facts filled in.</summary>
    public PageWords Words => Chrome.Words;

    /// <summary>Scripts this page needs beyond the layout's own, loaded deferred at the end of the head.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];

    /// <summary>Whether the header shows the search box: not on the search page, which has its own.</summary>
    public bool ShowsHeaderSearch => Url != Chrome.Routes.Search;
}

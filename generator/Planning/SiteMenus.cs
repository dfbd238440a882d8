using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Views;
using MoriokaSite.Words;

namespace MoriokaSite.Planning;

/// <summary>
/// The menus every page shows, from the pages' front matter (menu, weight, linkTitle), as Hugo makes its menus:
/// the header's navigation holds the sections the generator makes too, each at a weight of its own.
/// </summary>
public static class SiteMenus
{
    /// <summary>The generator's sections in the header: the wording key of each label, and its weight among the pages'.</summary>
    public static readonly IReadOnlyList<(string Section, string WordKey, int Weight)> Sections =
    [
        ("projects", "nav.projects", 20),
        ("towns", "nav.towns", 30),
        ("data", "nav.data", 60),
    ];

    /// <summary>The header's links, lightest first; a page without a weight after those with one; ties by address.</summary>
    public static IReadOnlyList<NavItem> Header(IReadOnlyList<ContentPage> pages, Routes routes, PageWords words) =>
        Sections.Select(s => (Weight: (int?)s.Weight, Item: new NavItem(routes.Link(SitePaths.Section(s.Section)), words[s.WordKey], routes.Link(SitePaths.Section(s.Section)))))
            .Concat(In(pages, PageMenu.Main, routes))
            .OrderBy(x => x.Weight ?? int.MaxValue).ThenBy(x => x.Item.Url, StringComparer.Ordinal)
            .Select(x => x.Item)
            .ToList();

    /// <summary>The footer's links, in the same order.</summary>
    public static IReadOnlyList<NavItem> Footer(IReadOnlyList<ContentPage> pages, Routes routes) =>
        In(pages, PageMenu.Footer, routes)
            .OrderBy(x => x.Weight ?? int.MaxValue).ThenBy(x => x.Item.Url, StringComparer.Ordinal)
            .Select(x => x.Item)
            .ToList();

    private static IEnumerable<(int? Weight, NavItem Item)> In(IReadOnlyList<ContentPage> pages, PageMenu menu, Routes routes) =>
        pages.Where(p => p.Menu == menu).Select(p => (p.Weight, new NavItem(routes.Page(p), p.LinkTitle, routes.Page(p))));
}

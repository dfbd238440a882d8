using MoriokaSite.Config;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>
/// What every page's layout shows (the site's name, navigation, the footer's municipalities), and the region's
/// words every template may need: the word for all the towns, the labels of statuses and tags. The menus come
/// from the pages' front matter (<see cref="Planning.SiteMenus"/>).
/// </summary>
public sealed record SiteChrome(SiteConfig Config, Routes Routes, Region Region, Labels Labels, PageWords Words)
{
    public IReadOnlyList<Town> Towns => Region.Towns;

    /// <summary>The header's navigation: the pages with menu: main and the generator's sections.</summary>
    public IReadOnlyList<NavItem> Navigation { get; init; } = [];

    /// <summary>The footer's links: the pages with menu: footer.</summary>
    public IReadOnlyList<NavItem> FooterLinks { get; init; } = [];
}

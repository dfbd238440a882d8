using MoriokaSite.Config;
using MoriokaSite.Model;
using MoriokaSite.Site;

namespace MoriokaSite.Rendering.Views;

/// <summary>
/// What every page's layout shows (the site's name, navigation, the footer's municipalities), and the region's
/// words every template may need: the word for all the towns, the labels of statuses and tags. The navigation's
/// labels are the theme's wording (strings.json).
/// </summary>
public sealed record SiteChrome(SiteConfig Config, Routes Routes, Region Region, Labels Labels, PageWords Words)
{
    public IReadOnlyList<Town> Towns => Region.Towns;

    public IReadOnlyList<NavItem> Navigation { get; } =
    [
        new("home", Words["nav.home"], Routes.Home),
        new("projects", Words["nav.projects"], Routes.Projects),
        new("towns", Words["nav.towns"], Routes.Towns),
        new("agreement", Words["nav.agreement"], Routes.Agreement),
        new("schedule", Words["nav.schedule"], Routes.Schedule),
        new("data", Words["nav.data"], Routes.OpenData),
    ];

    /// <summary>
    /// The date the data describes (site.json "updated"), as the source writes it: what the pages say
    /// "as of", since the source speaks of plans and candidates at that time, not of today.
    /// </summary>
    public string AsOf => JapaneseDate.Format(Config.Updated);
}

using MoriokaSite.Config;
using MoriokaSite.Model;
using MoriokaSite.Site;

namespace MoriokaSite.Rendering.Views;

/// <summary>
/// What every page's layout shows (the site's name, navigation, the footer's municipalities), and the region's
/// words every template may need: the word for all the towns, the labels of statuses and tags.
/// </summary>
public sealed record SiteChrome(SiteConfig Config, Routes Routes, Region Region, Labels Labels)
{
    public IReadOnlyList<Town> Towns => Region.Towns;

    public IReadOnlyList<NavItem> Navigation { get; } =
    [
        new("home", "トップ", Routes.Home),
        new("projects", "事業一覧", Routes.Projects),
        new("towns", "市町", Routes.Towns),
        new("agreement", "連携協約（案）", Routes.Agreement),
        new("schedule", "スケジュール", Routes.Schedule),
        new("data", "オープンデータ", Routes.OpenData),
    ];

    /// <summary>
    /// The date the data describes (site.json "updated"), as the source writes it: what the pages say
    /// "as of", since the source speaks of plans and candidates at that time, not of today.
    /// </summary>
    public string AsOf => JapaneseDate.Format(Config.Updated);
}

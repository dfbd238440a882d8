using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A resident comes to a town's or a field's page for its projects: they come before the keys, the map and the
/// downloads, the projects only some towns share come before the region-wide ones, and a chart that would show
/// no difference is left out.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class ResidentPagesTests(BuiltSites sites)
{
    private IHtmlDocument Page(string path) => BuiltSites.Parse(Path.Combine(sites.RootBuild, path, "index.html"));

    private static bool Before(IElement first, IElement second) =>
        first.CompareDocumentPosition(second).HasFlag(DocumentPositions.Following);

    [Theory]
    [InlineData("towns/shizukuishi")]
    [InlineData("towns/morioka")]
    [InlineData("towns/kuzumaki")]
    public void A_town_page_lists_the_shared_projects_first_and_the_key_after_them(string path)
    {
        var page = Page(path);
        var main = page.QuerySelector("main")!;
        var firstSection = main.QuerySelector("section")!;
        Assert.Equal("particular", firstSection.GetAttribute("aria-labelledby"));
        var particular = page.GetElementById("particular")!;
        var regionWide = page.GetElementById("region-wide")!;
        Assert.True(Before(particular, regionWide));
        var lastProject = main.QuerySelectorAll("section[aria-labelledby=region-wide] a").Last();
        foreach (var after in new[] { ".tag-legend", ".town-map-figure", ".download", "#agreements" })
        {
            var element = main.QuerySelector(after);
            if (element is not null)
            {
                Assert.True(Before(lastProject, element), $"{path}: {after} stands before the projects");
            }
        }
    }

    [Theory]
    [InlineData("fields/tourism")]
    [InlineData("projects")]
    public void The_key_to_the_labels_follows_the_lists(string path)
    {
        var main = Page(path).QuerySelector("main")!;
        var legend = main.QuerySelector(".tag-legend")!;
        Assert.Equal("DETAILS", legend.TagName);
        var lastProject = main.QuerySelectorAll(".project-card, .compact-list li").Last();
        Assert.True(Before(lastProject, legend));
    }

    [Fact]
    public void A_field_page_s_charts_follow_its_projects()
    {
        var main = Page("fields/tourism").QuerySelector("main")!;
        var lastCard = main.QuerySelectorAll(".project-card").Last();
        Assert.All(main.QuerySelectorAll("figure.chart-figure"), f => Assert.True(Before(lastCard, f)));
    }

    [Fact]
    public void Eight_equal_bars_are_not_drawn()
    {
        // Every town takes part in every project of the economic strategy field: its town chart would show nothing.
        var equal = Page("fields/economic-strategy");
        Assert.Null(equal.GetElementById("towns-caption"));
        Assert.Contains("どの市町も", equal.QuerySelector(".chart-note")!.TextContent);

        // Tourism's towns differ (22 and 23), so its chart stays.
        var differ = Page("fields/tourism");
        Assert.NotNull(differ.GetElementById("towns-caption"));
        Assert.Null(differ.QuerySelector(".chart-note"));
    }
}

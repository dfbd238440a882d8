using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>/accessibility/: the policy, and the latest test results dated from data/accessibility.json, never the clock.</summary>
public sealed class AccessibilityPageTests : SiteCopyTests
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> BuildPage()
    {
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return BuiltSites.Parse(Path.Combine(_out.Path, "accessibility/index.html"));
    }

    [Fact]
    public async Task The_results_show_the_date_and_figures_of_the_recorded_test()
    {
        _site.Write("data/accessibility.json", """
            { "date": "2027-04-01", "pages": 150,
              "checks": [ { "name": "HTML の文法", "tool": "vnu", "scope": "全ページ", "problems": 2 } ] }
            """);
        var doc = await BuildPage();
        Assert.Equal("2027-04-01", doc.QuerySelector("#results ~ p time")!.GetAttribute("datetime"));
        Assert.Contains("2027年4月1日", doc.QuerySelector("section[aria-labelledby=results]")!.TextContent);
        Assert.Contains("全150ページ", doc.QuerySelector("section[aria-labelledby=results]")!.TextContent);
        Assert.Equal(["HTML の文法", "vnu", "全ページ", "問題 2 件"], doc.QuerySelectorAll("section[aria-labelledby=results] tbody tr > *").Select(c => c.TextContent));
        Assert.Contains("JIS X 8341-3:2016", doc.QuerySelector("main")!.TextContent);
        Assert.NotNull(BuiltSites.Parse(Path.Combine(_out.Path, "index.html")).QuerySelector("footer a[href='/accessibility/']"));
    }

    [Fact]
    public async Task Without_a_recorded_test_the_page_says_so()
    {
        File.Delete(_site.PathOf("data/accessibility.json"));
        var doc = await BuildPage();
        Assert.Contains("まだ試験の結果を掲載していません", doc.QuerySelector("section[aria-labelledby=results]")!.TextContent);
    }

    [Fact]
    public void A_damaged_results_file_is_reported()
    {
        _site.Write("data/accessibility.json", "{ \"date\": \"昨日\" }");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS117", "data/accessibility.json", 1, "試験のコマンド（docs/accessibility.md）で作り直して", "Do not edit them by hand");
    }
}

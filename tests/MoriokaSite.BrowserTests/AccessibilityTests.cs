using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace MoriokaSite.BrowserTests;

/// <summary>JIS X 8341-3 level AA, as far as a machine can tell: axe-core's WCAG A and AA rules on every page.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    [Fact]
    public async Task Every_page_has_no_axe_violation_of_wcag_2_0_2_1_and_2_2_a_and_aa()
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
            problems.AddRange(result.Violations.Select(v => $"/{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}"));
            checkedPages++;
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(site.Pages.Count, checkedPages);
        Assert.True(checkedPages >= 145);
    }
}

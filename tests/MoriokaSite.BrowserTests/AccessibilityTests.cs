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
        // Two tabs at once: axe's run is the slow part, and each tab's renderer gets a core of its own.
        const int Tabs = 2;
        var results = await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async tab =>
        {
            var page = await site.NewPageAsync();
            var found = new List<string>();
            var checkedPages = 0;
            foreach (var path in site.Pages.Where((_, i) => i % Tabs == tab))
            {
                await page.GotoAsync(site.Url(path));
                var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
                found.AddRange(result.Violations.Select(v => $"/{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}"));
                checkedPages++;
            }

            return (Problems: found, Checked: checkedPages);
        }));

        var problems = results.SelectMany(r => r.Problems).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(site.Pages.Count, results.Sum(r => r.Checked));
        Assert.True(site.Pages.Count >= 145);
    }
}

namespace MoriokaSite.BrowserTests;

/// <summary>JIS X 8341-3 level AA, as far as a machine can tell: axe-core's WCAG A and AA rules on every page, as the publishing check runs them.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_has_no_axe_violation_of_wcag_2_0_2_1_and_2_2_a_and_aa()
    {
        using var axe = new AxeCheck();
        var page = await site.NewPageAsync();
        var problems = new List<Finding>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            problems.AddRange(await axe.CheckAsync(page, path));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(site.Pages.Count >= 145);
        Assert.StartsWith("axe-core 4.", axe.Tool);
    }

    [Fact]
    public async Task The_check_finds_a_violation_when_there_is_one()
    {
        using var axe = new AxeCheck();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(string.Empty));
        await page.EvaluateAsync("() => { document.documentElement.removeAttribute('lang'); document.querySelector('img, svg')?.remove(); }");
        var found = await axe.CheckAsync(page, string.Empty);
        Assert.Contains(found, f => f.Message.StartsWith("html-has-lang", StringComparison.Ordinal));
    }
}

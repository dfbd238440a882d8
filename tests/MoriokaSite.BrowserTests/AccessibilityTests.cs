namespace MoriokaSite.BrowserTests;

/// <summary>
/// JIS X 8341-3 level AA, as far as a machine can tell: axe-core's WCAG A and AA rules. Every page of the 2015 fixture
/// (with every guide's walk-through applied) is checked by the publishing check's own audit in
/// WalkthroughTests.All_walkthroughs_together_pass_the_publishing_check_and_its_audit_of_every_page; here, that the
/// check this audit uses does find a violation.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
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

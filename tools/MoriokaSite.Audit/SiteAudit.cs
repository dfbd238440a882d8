using Microsoft.Playwright;

namespace MoriokaSite.Audit;

/// <summary>
/// Every check on the pages of a built site: links (AngleSharp), HTML (the Nu Html Checker, in Java, while the
/// browser works), and in Chromium axe-core at 1280 px and reflow at 320 px, one page after another in one tab
/// (axe keeps a core busy; a second tab only slows both on a machine of two).
/// </summary>
public static class SiteAudit
{
    public sealed record Result(IReadOnlyList<string> Pages, IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, string> Tools)
    {
        public int ProblemsOf(string check) => Findings.Count(f => f.Check == check);
    }

    /// <param name="progress">Told of each page as the browser finishes it.</param>
    public static async Task<Result> RunAsync(SiteFolder site, string baseUrl, IReadOnlyList<string> pages, Action<string>? progress = null)
    {
        var html = HtmlCheck.CheckAsync(site, pages);
        var links = new LinkCheck(site, baseUrl).Check(pages);

        using var server = LocalServer.ForSite(site);
        using var axe = new AxeCheck();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "ja-JP" });

        // Two tabs take turns through the pages: axe runs in each tab's own renderer, so the second core works too.
        // Each page's findings land in its own slot, so the report reads in page order whichever tab was faster.
        const int Tabs = 2;
        var perPage = new IReadOnlyList<Finding>[pages.Count];
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async t =>
        {
            var tab = await context.NewPageAsync();
            for (var i = t; i < pages.Count; i += Tabs)
            {
                await tab.GotoAsync(server.Origin + site.BasePath + pages[i]);
                perPage[i] = [.. await axe.CheckAsync(tab, pages[i]), .. await ReflowCheck.CheckAsync(tab, pages[i])];
                progress?.Invoke(pages[i]);
            }
        }));

        var findings = new List<Finding>(links);
        findings.AddRange(perPage.SelectMany(f => f));
        findings.AddRange(await html);
        var tools = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AxeCheck.Id] = axe.Tool,
            [HtmlCheck.Id] = HtmlCheck.Tool,
            [ReflowCheck.Id] = "Chromium " + browser.Version,
            [LinkCheck.Id] = LinkCheck.Tool,
        };
        return new Result(pages, findings, tools);
    }
}

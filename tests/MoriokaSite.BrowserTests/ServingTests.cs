using Microsoft.Playwright;

namespace MoriokaSite.BrowserTests;

/// <summary>Served under a GitHub Pages sub-path: every page loads without a failed request, a console error or another host.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class ServingTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_loads_under_the_sub_path_with_no_failed_request_no_console_error_and_no_other_host()
    {
        // A page is done when it has loaded; the search page, whose script fetches its index after that, when the
        // network has been quiet for half a second. Four tabs load side by side.
        const int Tabs = 4;
        var problems = await Task.WhenAll(Enumerable.Range(0, Tabs).Select(tab => LoadEach(site.Pages.Where((_, i) => i % Tabs == tab).ToList())));
        Assert.True(problems.Sum(p => p.Count) == 0, string.Join('\n', problems.SelectMany(p => p)));
    }

    private async Task<List<string>> LoadEach(IReadOnlyList<string> paths)
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        var current = string.Empty;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"/{current}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"/{current}: page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"/{current}: request failed: {request.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"/{current}: {response.Status} {response.Url}");
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(site.Origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add($"/{current}: request to another host: {request.Url}");
            }
        };

        foreach (var path in paths)
        {
            current = path;
            var fetchesLater = path.StartsWith("search", StringComparison.Ordinal);
            await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = fetchesLater ? WaitUntilState.NetworkIdle : WaitUntilState.Load });
        }

        return problems;
    }

    [Fact]
    public async Task Every_page_declares_its_icon_so_the_browser_never_asks_the_host_root_for_favicon_ico()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("fields/tourism/"));
        var href = await page.GetAttributeAsync("link[rel=icon]", "href");
        Assert.Equal(BrowserSite.BasePath + "assets/favicon.svg", href);
        var response = await page.Context.APIRequest.GetAsync(site.Origin + href);
        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task A_missing_url_deep_under_the_sub_path_shows_the_404_page_styled_and_linked()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.Url("fields/no-such-field/deeper/"));
        Assert.Equal(404, response!.Status);
        Assert.Equal("ページが見つかりません", (await page.TextContentAsync("h1"))?.Trim());
        var styled = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", styled);
        await page.ClickAsync("main a[href$='/projects/']");
        Assert.Equal("事業一覧", (await page.TextContentAsync("h1"))?.Trim());
    }
}

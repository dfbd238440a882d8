using MoriokaSite.Commands.Preview;
using MoriokaSite.Config;
using MoriokaSite.Pipeline;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// /changes/, a removed project's page and a project's history, on a phone: no axe violation, no sideways scroll,
/// valid HTML. One small repository (the import, then a status moved and a project removed), built once.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class ChangesPageTests(BrowserSite site)
{
    private static readonly string[] Paths = ["changes/", "projects/p001/", "projects/p005/"];

    [Fact]
    public async Task The_history_pages_pass_axe_reflow_and_the_html_check_at_390_px()
    {
        using var copy = new SiteCopy();
        using var output = new TempFolder();
        Git.CommitAllInNew(copy.Root, "2015-12-01T10:00:00+09:00");
        ProjectRows.SetCell(copy, "p001", "区分", "既存");
        copy.Edit(ProjectRows.Path, text => string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("p005,", StringComparison.Ordinal))));
        Git.CommitAll(copy.Root, "p001 is running; p005 is dropped", "2016-03-10T10:00:00+09:00");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(copy.Root, output["site"], BaseUrl.Parse("https://example.github.io" + BrowserSite.BasePath), HistoryCache: output["cache"]));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        await using var server = await StaticFileServer.StartAsync(output["site"], BrowserSite.BasePath);
        var page = await site.NewPageAsync(390, 844);
        using var axe = new AxeCheck();
        var problems = new List<string>();
        foreach (var path in Paths)
        {
            await page.GotoAsync($"http://127.0.0.1:{server.Port}{BrowserSite.BasePath}{path}");
            problems.AddRange((await axe.CheckAsync(page, path)).Select(f => f.ToString()));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                problems.Add($"/{path} scrolls {overflow} px sideways at 390 px");
            }
        }

        await page.GotoAsync($"http://127.0.0.1:{server.Port}{BrowserSite.BasePath}changes/");
        Assert.Equal("平成28年3月10日の更新", await page.Locator("main h2").First.TextContentAsync());
        problems.AddRange(await HtmlCheck.ErrorsAsync([.. Paths.Select(p => Path.Combine(output["site"], p, "index.html"))]));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}

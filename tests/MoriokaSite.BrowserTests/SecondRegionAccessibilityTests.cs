using Microsoft.Playwright;
using MoriokaSite.Commands.Preview;
using MoriokaSite.Model;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// axe-core's WCAG A and AA rules on a sample of the second region's pages (tests/fixtures/second-region): the
/// pages whose shape differs from the real site's — a village, a field without projects, two pillars, the
/// agreement with its own placeholder — built with the same theme, served under a sub-path as GitHub Pages does.
/// </summary>
public sealed class SecondRegionAccessibilityTests : IAsyncLifetime
{
    private const string BasePath = "/SecondRegion/";

    private static readonly string[] Sample =
    [
        string.Empty, "fields/industry/", "fields/disaster-prevention/", "towns/aomine/", "towns/kumono/", "towns/kumono/agreement/",
        "projects/", "projects/p005/", "agreement/", "search/", "data/", "schedule/", "accessibility/",
    ];

    private readonly SecondRegion _site = new();
    private readonly TempFolder _out = new();
    private StaticFileServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        await _site.BuildAsync(_out.Path, "https://example.github.io" + BasePath);
        _server = await StaticFileServer.StartAsync(_out.Path, BasePath);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = MoriokaSite.Audit.Chromium.Path(),
            Headless = true,

            // As BrowserSite: the machine's network is closed, so Chromium is kept from reaching out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site.Dispose();
        _out.Dispose();
    }

    [Fact]
    public async Task A_sample_of_its_pages_has_no_axe_violation_of_wcag_2_0_2_1_and_2_2_a_and_aa()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        using var axe = new AxeCheck();
        var problems = new List<string>();
        foreach (var path in Sample)
        {
            var response = await page.GotoAsync($"http://127.0.0.1:{_server!.Port}{BasePath}{path}");
            Assert.True(response is { Status: 200 }, $"/{path}: {response?.Status}");
            Assert.NotNull(await page.QuerySelectorAsync("main h1")); // axe runs on a page, not on an empty document
            problems.AddRange((await axe.CheckAsync(page, path)).Select(f => f.ToString()));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}

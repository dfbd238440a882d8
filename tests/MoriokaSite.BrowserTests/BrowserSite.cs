using Microsoft.Playwright;
using MoriokaSite.Commands.Preview;
using MoriokaSite.Config;
using MoriokaSite.Pipeline;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// The frozen 2015 site (<see cref="Morioka2015"/>), built for a GitHub Pages sub-path, served on 127.0.0.1 under /MoriokaSite/ as
/// GitHub Pages serves it, and a headless Chromium to look at it. Built and started once per run.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string BasePath = "/MoriokaSite/";

    private StaticFileServer? _server;
    private IPlaywright? _playwright;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "moriokasite-browser", Guid.NewGuid().ToString("N"));

    public string Origin { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Every page's path under the base path ("", "fields/tourism/", …), 404.html excepted.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var root = Morioka2015.Root;
        var result = await SiteBuilder.BuildAsync(new BuildOptions(root, Output, BaseUrl.Parse("https://example.github.io" + BasePath)));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Pages = BuiltPages.Of(Output);

        _server = await StaticFileServer.StartAsync(Output, BasePath);
        Origin = $"http://127.0.0.1:{_server.Port}";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path(),
            Headless = true,

            // This machine's network is closed: without these, Chromium keeps trying to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public string Url(string page) => Origin + BasePath + page;

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, float scale = 1)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            Locale = "ja-JP",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

}

[CollectionDefinition(Name)]
public sealed class BrowserSiteCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser site";
}

/// <summary>
/// The search tests' own copy of the site: the tests of one collection run one after another, and the search tests
/// alone take as long as a third of the suite; with a site of their own they run beside the others.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SearchSiteCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "search site";
}

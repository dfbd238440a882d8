using Microsoft.Playwright;
using MoriokaSite.Commands.Preview;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Modelling;
using MoriokaSite.Pipeline;
using MoriokaSite.Routing;
using MoriokaSite.Search;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// Generated regions of 31 (crowded round their city), 34 and 60 towns, each built under a sub-path and served as
/// GitHub Pages serves it, with a headless Chromium to search and measure them. Built once for their tests.
/// </summary>
public sealed class ManyTownsSites : IAsyncLifetime
{
    public const string BasePath = "/ManyTowns/";

    private readonly List<(GeneratedRegion Region, TempFolder Output, StaticFileServer Server)> _sites = [];
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Each site by its number of towns: its model, its index as the generator makes it, and where it is served.</summary>
    public Dictionary<(int Towns, bool Crowded), (SiteModel Model, SearchIndex Index, string Origin)> Sites { get; } = [];

    public async Task InitializeAsync()
    {
        foreach (var (towns, crowded) in new[] { (31, true), (34, false), (60, false) })
        {
            var region = new GeneratedRegion(towns, tags: towns == 60 ? 40 : 4, crowded: crowded);
            var output = new TempFolder();
            var result = await SiteBuilder.BuildAsync(new BuildOptions(region.Root, output.Path, BaseUrl.Parse("https://example.github.io" + BasePath)));
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            var server = await StaticFileServer.StartAsync(output.Path, BasePath);
            _sites.Add((region, output, server));

            var diagnostics = new DiagnosticBag();
            var model = ModelBuilder.Build(SiteLoader.Load(region.Root, diagnostics), diagnostics)!;
            Sites[(towns, crowded)] = (model, SearchIndex.Build(model, new Routes(BaseUrl.Parse("https://example.github.io" + BasePath))), $"http://127.0.0.1:{server.Port}");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = MoriokaSite.Audit.Chromium.Path(),
            Headless = true,

            // As BrowserSite: the machine's network is closed, so Chromium is kept from reaching out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> OpenAsync((int Towns, bool Crowded) site, string page)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "ja-JP" });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(Sites[site].Origin + BasePath + page);
        return tab;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var (region, output, server) in _sites)
        {
            await server.DisposeAsync();
            output.Dispose();
            region.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ManyTownsSitesCollection : ICollectionFixture<ManyTownsSites>
{
    public const string Name = "many towns sites";
}

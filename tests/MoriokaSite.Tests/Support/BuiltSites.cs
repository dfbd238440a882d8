using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MoriokaSite.Config;
using MoriokaSite.Pipeline;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// The frozen 2015 site, built once for the whole test run: at the root, under a GitHub Pages
/// sub-path, and a second time under the sub-path to compare bytes.
/// </summary>
public sealed class BuiltSites : IAsyncLifetime
{
    public const string SubPathUrl = "https://example.github.io/MoriokaSite/";

    private readonly TempFolder _folder = new();

    public string RootBuild => _folder["root"];

    public string SubPathBuild => _folder["sub"];

    public string SubPathAgain => _folder["sub-again"];

    public BuildResult SubPathResult { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Build(RootBuild, null);
        SubPathResult = await Build(SubPathBuild, SubPathUrl);
        await Build(SubPathAgain, SubPathUrl);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    public static IHtmlDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    public static IEnumerable<string> HtmlFiles(string folder) =>
        Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static async Task<BuildResult> Build(string output, string? baseUrl)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Morioka2015.Root, output, baseUrl is null ? null : BaseUrl.Parse(baseUrl)));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltSitesCollection : ICollectionFixture<BuiltSites>
{
    public const string Name = "built sites";
}

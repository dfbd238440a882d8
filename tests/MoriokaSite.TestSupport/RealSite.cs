using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Modelling;
using MoriokaSite.Routing;
using MoriokaSite.Search;
using MoriokaSite.Words;

namespace MoriokaSite.Tests.Support;

/// <summary>The frozen 2015 site (<see cref="Morioka2015"/>) as a model and as a search index, loaded once for the tests that only read it.</summary>
public static class RealSite
{
    private static readonly Lazy<SiteModel> LazyModel = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var model = ModelBuilder.Build(SiteLoader.Load(Morioka2015.Root, diagnostics), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return model!;
    });

    private static readonly Lazy<SearchIndex> LazyIndex = new(() => SearchIndex.Build(Model, new Routes(BaseUrl.Parse("/"))));

    private static readonly Lazy<Wording> LazyWording = new(() => WordingOf(Morioka2015.Root, Model));

    public static SiteModel Model => LazyModel.Value;

    public static Routes Routes => new(BaseUrl.Parse("/"));

    public static SearchIndex SearchIndex => LazyIndex.Value;

    /// <summary>The site's wording: the repository's theme's, with the fixture's own content/strings.json in its place.</summary>
    public static Wording Wording => LazyWording.Value;

    /// <summary>The wording a site at <paramref name="root"/> builds with: its theme's (themes/default), and its own.</summary>
    public static Wording WordingOf(string root, SiteModel model)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeStringsLoader.Load(root, "themes/default", diagnostics);
        var site = ThemeStringsLoader.LoadSite(root, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return new Wording(theme!.With(site), model);
    }
}

using System.Text;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Modelling;
using MoriokaSite.Routing;
using MoriokaSite.Search;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// The second region (tests/fixtures/second-region) with a sixth town, 南部町, whose bare name 南部 is also a word of
/// other projects' text (南部地方, the old domain's name, is common in 東北): the case where a town's name must not
/// silently become its filter. Its index is built once, as the real site's is.
/// </summary>
public static class NanbuRegion
{
    /// <summary>The projects the fixture gains: one the town takes part in, two it does not whose text says 南部.</summary>
    public static readonly string[] Projects =
    [
        "p012,南部地方畜産振興事業,圏域南部地方の畜産農家の経営を、共同の研修と販路開拓で支える。,industry,既存,青嶺市、白瀬市,,",
        "p013,直売所連携事業,南部町と若葉町の農産物直売所が品ぞろえを融通し合う。,industry,計画,南部町、若葉町,,",
        "p014,南部鉄器体験観光事業,伝統工芸の南部鉄器づくりを体験する観光の商品を作る。,tourism,検討,霧谷町,,",
    ];

    private static readonly Lazy<SearchIndex> LazyIndex = new(Build);

    public static SearchIndex SearchIndex => LazyIndex.Value;

    private static SearchIndex Build()
    {
        using var region = new SecondRegion();
        void Edit(string relative, Func<string, string> change)
        {
            var path = Path.Combine(region.Root, relative);
            File.WriteAllText(path, change(File.ReadAllText(path, Encoding.UTF8)), new UTF8Encoding(true));
        }

        Edit("data/towns.csv", t => t + "nanbu,南部町,なんぶちょう,町,6,\n");
        Edit("data/town-positions.csv", t => t + "nanbu,35.0500,135.2500\n");
        Edit("data/projects.csv", t => t.Replace(",5市町村,", ",6市町村,", StringComparison.Ordinal) + string.Join('\n', Projects) + "\n");
        var diagnostics = new DiagnosticBag();
        var model = ModelBuilder.Build(SiteLoader.Load(region.Root, diagnostics), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return SearchIndex.Build(model!, new Routes(BaseUrl.Parse("/")));
    }
}

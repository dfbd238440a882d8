using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Modelling;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>
/// The messages speak of the region at hand (tests/fixtures/second-region, which has a village): its word for its
/// towns (市町村, not this site's 市町) and its own fields, not a list written for another region.
/// </summary>
public sealed class RegionWordsInDiagnosticsTests : IDisposable
{
    private const string Projects = "data/projects.csv";
    private readonly SecondRegion _region = new();

    public void Dispose() => _region.Dispose();

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_region.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        ModelBuilder.Build(SiteLoader.Load(_region.Root, diagnostics), diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void An_unknown_field_is_answered_with_the_region_s_own_fields()
    {
        Edit(Projects, "p004,広域観光案内事業,圏域の観光情報を一つの案内冊子とウェブページにまとめて発信する。,tourism,", "p004,広域観光案内事業,圏域の観光情報を一つの案内冊子とウェブページにまとめて発信する。,economic-strategy,");
        var d = DiagnosticAssert.Single(Validate(), "MS105", Projects, 5, "分野「economic-strategy」はありません。", "There is no field \"economic-strategy\".");
        Assert.EndsWith("分野の ID: industry、medical-care、transport、child-care、tourism、disaster-prevention", d.Message);
    }

    [Fact]
    public void The_messages_about_towns_say_shi_cho_son()
    {
        Edit(Projects, "p003,工業団地共同誘致検討,企業誘致に向けて工業団地の共同での案内の方法を検討する。,industry,検討,青嶺市、白瀬市,", "p003,工業団地共同誘致検討,企業誘致に向けて工業団地の共同での案内の方法を検討する。,industry,検討,青嶺市、白瀬市、北村、白瀬市,");
        Edit(Projects, "p004,広域観光案内事業,圏域の観光情報を一つの案内冊子とウェブページにまとめて発信する。,tourism,既存,5市町村,", "p004,広域観光案内事業,圏域の観光情報を一つの案内冊子とウェブページにまとめて発信する。,tourism,既存,,");
        var diagnostics = Validate();
        DiagnosticAssert.Single(diagnostics, "MS107", Projects, 4, "市町村「北村」はありません。", "The town \"北村\" is unknown.");
        DiagnosticAssert.Single(diagnostics, "MS110", Projects, 4, "市町村「白瀬市」が2回書かれています。", "The town \"白瀬市\" is written twice.", Severity.Warning);
        DiagnosticAssert.Single(diagnostics, "MS115", Projects, 5, "関係市町村が空です。この事業はどの市町村のページにも載りません。", "appears on no town's page", Severity.Warning);
    }

    [Fact]
    public void A_town_name_written_twice_is_a_shi_cho_son_name()
    {
        Edit("data/towns.csv", "kumono,雲野村,", "kumono,若葉町,");
        DiagnosticAssert.Single(Validate(), "MS122", "data/towns.csv", 6, "市町村名「若葉町」は4行目でも使われています。市町村名は重複できません。", "The town name \"若葉町\" is also used in row 4.");
    }
}

using System.Text;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// projects.csv as Excel on Japanese Windows saves it: "CSV UTF-8" (with a byte-order mark) or plain
/// "CSV" (Shift_JIS, CP932), with CRLF line ends. Both load into the same model as the file in the repository.
/// </summary>
public sealed class ExcelEncodingTests : SiteCopyTests
{
    private static readonly Encoding Cp932 = SourceFile.StrictCp932;

    private static string Fingerprint(MoriokaSite.Model.SiteModel model) =>
        string.Join('\n', model.Projects.Select(p => string.Join('|', p.Id, p.Name, p.Summary, p.Field.Slug, p.Status, string.Join(',', p.Towns.Select(t => t.Slug)), string.Join(',', p.Tags), string.Join(',', p.AlsoIn.Select(f => f.Slug)))));

    [Theory]
    [InlineData("shift_jis")]
    [InlineData("utf-8-bom")]
    public void A_csv_saved_by_excel_loads_into_the_same_model(string saved)
    {
        var expected = Fingerprint(_site.Validate().Model!);
        var text = _site.Read(ProjectRows.Path).Replace("\n", "\r\n", StringComparison.Ordinal);
        byte[] bytes = saved == "shift_jis" ? Cp932.GetBytes(text) : [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
        File.WriteAllBytes(_site.PathOf(ProjectRows.Path), bytes);

        var (model, diagnostics) = _site.Validate();
        Assert.Equal(expected, Fingerprint(model!));
        if (saved == "shift_jis")
        {
            // It builds, but GitHub can show neither the file nor a change to it: the warning says which save keeps it readable.
            DiagnosticAssert.Single(diagnostics, "MS003", ProjectRows.Path, 1, "「CSV UTF-8（コンマ区切り）(*.csv)」を選んで保存し直して", "choose \"CSV UTF-8 (Comma delimited) (*.csv)\"", Severity.Warning);
            Assert.Single(diagnostics);
        }
        else
        {
            Assert.Empty(diagnostics);
        }
    }

    [Fact]
    public void Shift_jis_is_not_mistaken_for_utf8_nor_utf8_for_shift_jis()
    {
        Assert.Equal("雫石町、盛岡市", SourceFile.Decode(Cp932.GetBytes("雫石町、盛岡市")));
        Assert.Equal("雫石町、盛岡市", SourceFile.Decode(Encoding.UTF8.GetBytes("雫石町、盛岡市")));
    }

    [Fact]
    public void A_file_that_is_neither_is_reported()
    {
        File.WriteAllBytes(_site.PathOf("data/towns.csv"), [0x49, 0x44, 0x0A, 0xFF, 0xFE, 0xFD, 0x0A]);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS002", "data/towns.csv", 1, "「CSV UTF-8（コンマ区切り）」で保存し直して", "save it again as \"CSV UTF-8 (Comma delimited)\"");
    }
}

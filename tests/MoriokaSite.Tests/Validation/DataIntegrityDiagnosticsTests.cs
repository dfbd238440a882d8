using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>Data that reads without a syntax error but would publish something broken: no projects, a town twice, an id Windows refuses.</summary>
public sealed class DataIntegrityDiagnosticsTests : SiteCopyTests
{
    private const string Towns = "data/towns.csv";

    [Theory]
    [InlineData("")]
    [InlineData(",,,,,,,\n,,,,,,,\n")] // The empty rows Excel leaves behind are no projects either.
    public void A_projects_file_with_only_its_heading_row_is_an_error(string rest)
    {
        _site.Edit(ProjectRows.Path, text => text[..(text.IndexOf('\n', StringComparison.Ordinal) + 1)] + rest);
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS121", ProjectRows.Path, 1, "事業が1件もありません", "There are no projects");
        Assert.Null(model);
    }

    [Fact]
    public async Task A_projects_file_with_only_its_heading_row_publishes_nothing()
    {
        using var output = new TempFolder();
        _site.Edit(ProjectRows.Path, text => text[..(text.IndexOf('\n', StringComparison.Ordinal) + 1)]);
        var result = await _site.BuildAsync(output["_site"]);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(output["_site"]));
    }

    [Fact]
    public void A_town_name_used_twice_is_an_error_at_the_second_row()
    {
        var first = _site.LineOf(Towns, "takizawa,");
        var line = _site.LineOf(Towns, "shizukuishi,");
        _site.ReplaceLine(Towns, line, "shizukuishi,滝沢市,しずくいしちょう,町,4");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS122", Towns, line, $"市町名「滝沢市」は{first}行目でも使われています", $"The town name \"滝沢市\" is also used in row {first}");
        Assert.Equal("shizukuishi,".Length + 1, d.Location.Column);
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    public void A_project_id_windows_reserves_is_an_error_at_its_cell(string id)
    {
        var (line, column) = ProjectRows.SetCell(_site, "p005", "ID", id);
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS123", ProjectRows.Path, line, $"ID「{id}」は Windows でファイルやフォルダーの名前に使えません", $"The ID \"{id}\" cannot be the name of a file or folder on Windows");
        Assert.Equal(column, d.Location.Column);
    }

    [Fact]
    public void A_town_id_windows_reserves_is_an_error_at_its_cell()
    {
        var line = _site.LineOf(Towns, "shizukuishi,");
        _site.ReplaceLine(Towns, line, "aux,雫石町,しずくいしちょう,町,4");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS123", Towns, line, "ID「aux」は Windows で", "Choose another ID");
        Assert.Equal(1, d.Location.Column);
    }

    [Fact]
    public void A_field_slug_windows_reserves_is_an_error_at_its_line()
    {
        File.Move(_site.PathOf("content/fields/tourism.md"), _site.PathOf("content/fields/prn.md"));
        _site.Edit("content/fields/prn.md", text => text.Replace("slug: tourism", "slug: prn", StringComparison.Ordinal));
        var line = _site.LineOf("content/fields/prn.md", "slug:");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS123", "content/fields/prn.md", line, "ID「prn」は", "The ID \"prn\" cannot");
    }

    [Theory]
    [InlineData("con", true)]
    [InlineData("CON", true)]
    [InlineData("Com7", true)]
    [InlineData("lPt1", true)]
    [InlineData("com0", false)]
    [InlineData("com10", false)]
    [InlineData("console", false)]
    [InlineData("con-1", false)]
    [InlineData("p001", false)]
    public void Windows_device_names_are_recognised_in_any_case(string id, bool reserved) =>
        Assert.Equal(reserved, MoriokaSite.Modelling.CellParsing.IsReservedOnWindows(id));
}

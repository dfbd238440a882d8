using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>Each mistake staff can make in data/projects.csv gives its own diagnostic, at its row and cell.</summary>
public sealed class ProjectDiagnosticsTests : IDisposable
{
    private const string Csv = ProjectRows.Path;
    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_real_data_has_no_problem()
    {
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.NotNull(model);
    }

    [Fact]
    public void A_missing_column_is_reported_once_for_the_file()
    {
        _site.ReplaceLine(Csv, 1, "ID,事業名,事業概要,分野,区分,タグ,再掲分野");
        var (model, diagnostics) = _site.Validate();
        var d = DiagnosticAssert.Single(diagnostics, "MS101", Csv, 1);
        Assert.Contains("関係市町", d.Message);
        Assert.Null(model);
    }

    [Fact]
    public void An_empty_name_is_reported_at_its_cell()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p002", "事業名", "");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS102", Csv, line);
        Assert.Equal(column, d.Location.Column);
        Assert.Contains("事業名", d.Message);
    }

    [Fact]
    public void A_duplicate_id_names_the_line_that_has_it_first()
    {
        var first = _site.LineOf(Csv, "p002,");
        var (line, _) = ProjectRows.SetCell(_site, "p003", "ID", "p002");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS103", Csv, line);
        Assert.Contains($"{first}行目", d.Message);
    }

    [Fact]
    public void An_id_that_cannot_be_a_url_is_reported()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p004", "ID", "P 4");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS104", Csv, line);
        Assert.Equal(column, d.Location.Column);
    }

    [Fact]
    public void An_unknown_field_lists_the_valid_ones()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p001", "分野", "tourizm");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS105", Csv, line);
        Assert.Equal(column, d.Location.Column);
        Assert.Contains("tourism（戦略的な観光施策）", d.Message);
    }

    [Fact]
    public void An_unknown_status_names_the_three()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "区分", "実施中");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS106", Csv, line);
        Assert.Contains("既存・計画・検討", d.Message);
    }

    [Fact]
    public void An_unknown_town_suggests_the_nearest_name()
    {
        // 零石町 is the OCR's misreading of 雫石町: exactly the mistake a copy-paste from the PDF brings back.
        var (line, column) = ProjectRows.SetCell(_site, "p001", "関係市町", "盛岡市、零石町");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS107", Csv, line);
        Assert.Equal(column, d.Location.Column);
        Assert.Contains("もしかして: 雫石町", d.Message);
    }

    [Fact]
    public void An_unknown_tag_names_the_valid_ones()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "タグ", "新規、重点");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS108", Csv, line);
        Assert.Contains("「重点」", d.Message);
        Assert.Contains("新規・拡充・経済戦略・専門部会", d.Message);
    }

    [Fact]
    public void A_cross_listing_under_its_own_field_is_reported()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", "economic-strategy");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS109", Csv, line);
    }

    [Fact]
    public void A_cross_listing_under_an_unknown_field_is_reported()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", "sports");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS105", Csv, line);
    }

    [Fact]
    public void A_town_written_twice_is_a_warning_only()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "関係市町", "盛岡市、滝沢市、盛岡市");
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS110", Csv, line, Severity.Warning);
        Assert.NotNull(model);
        Assert.Equal(["morioka", "takizawa"], model.Projects.Single(p => p.Id == "p001").Towns.Select(t => t.Slug));
    }

    [Fact]
    public void A_value_beyond_the_last_column_is_reported()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", ",余分な値");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS111", Csv, line);
    }

    [Fact]
    public void An_empty_town_cell_is_reported()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "関係市町", "");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS115", Csv, line);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_instead_of_swallowing_the_rest_of_the_file()
    {
        var line = _site.LineOf(Csv, "p001,");
        _site.Edit(Csv, text => text.Replace("p001,ものづくり", "p001,\"ものづくり", StringComparison.Ordinal));
        var diagnostics = _site.Validate().Diagnostics;
        Assert.Contains(diagnostics, d => d.Location.Path == Csv && d.Severity == Severity.Error && d.Location.Line >= line);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run_sorted_by_line()
    {
        var (first, _) = ProjectRows.SetCell(_site, "p001", "分野", "nowhere");
        var (second, _) = ProjectRows.SetCell(_site, "p002", "区分", "未定");
        var (third, _) = ProjectRows.SetCell(_site, "p003", "関係市町", "滝沢");
        var diagnostics = _site.Validate().Diagnostics;
        Assert.Equal(["MS105", "MS106", "MS107"], diagnostics.Select(d => d.Code));
        Assert.Equal([first, second, third], diagnostics.Select(d => d.Location.Line));
        Assert.Contains("もしかして: 滝沢市", diagnostics[2].Message);
    }

    [Fact]
    public void All_eight_can_be_written_as_the_source_writes_it_or_as_a_list()
    {
        ProjectRows.SetCell(_site, "p001", "関係市町", "全市町");
        ProjectRows.SetCell(_site, "p002", "関係市町", "\"盛岡市・八幡平市 滝沢市、雫石町，葛巻町,岩手町　紫波町\n矢巾町\"");
        var model = _site.Validate().Model!;
        Assert.True(model.Projects.Single(p => p.Id == "p001").IsRegionWide);
        Assert.True(model.Projects.Single(p => p.Id == "p002").IsRegionWide);
    }
}

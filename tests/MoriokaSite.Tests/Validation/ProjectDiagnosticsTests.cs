using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>Each mistake staff can make in data/projects.csv gives its own diagnostic, at its row and cell.</summary>
public sealed class ProjectDiagnosticsTests : SiteCopyTests
{
    private const string Csv = ProjectRows.Path;

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
        DiagnosticAssert.Single(diagnostics, "MS101", Csv, 1, "列「関係市町」がありません", "The column \"関係市町\" is missing");
        Assert.Null(model);
    }

    [Fact]
    public void An_empty_name_is_reported_at_its_cell()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p002", "事業名", "");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS102", Csv, line, "「事業名」が空です", "\"事業名\" is empty");
        Assert.Equal(column, d.Location.Column);
    }

    [Fact]
    public void A_duplicate_id_names_the_line_that_has_it_first()
    {
        var first = ProjectRows.ExcelRow(_site, _site.LineOf(Csv, "p002,"));
        var (line, _) = ProjectRows.SetCell(_site, "p003", "ID", "p002");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS103", Csv, line, $"{first}行目でも使われています", $"is also used in row {first}");
    }

    [Fact]
    public void An_id_that_cannot_be_a_url_is_reported()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p004", "ID", "P 4");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS104", Csv, line, "ID「P 4」の形式が正しくありません", "The ID \"P 4\" is not valid");
        Assert.Equal(column, d.Location.Column);
    }

    [Fact]
    public void An_unknown_field_lists_the_valid_ones()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p001", "分野", "tourizm");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS105", Csv, line, "tourism（戦略的な観光施策）", "tourism (\"戦略的な観光施策\")");
        Assert.Equal(column, d.Location.Column);
    }

    [Fact]
    public void An_unknown_status_names_the_three()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "区分", "実施中");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS106", Csv, line, "既存・計画・検討", "Write one of \"既存\", \"計画\", \"検討\"");
    }

    [Fact]
    public void An_unknown_town_suggests_the_nearest_name()
    {
        // 零石町 is the OCR's misreading of 雫石町: exactly the mistake a copy-paste from the PDF brings back.
        var (line, column) = ProjectRows.SetCell(_site, "p001", "関係市町", "盛岡市、零石町");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS107", Csv, line, "市町「零石町」はありません。もしかして: 雫石町", "The town \"零石町\" is unknown. Did you mean \"雫石町\"?");
        Assert.Equal(column, d.Location.Column);
    }

    [Fact]
    public void An_unknown_tag_names_the_valid_ones()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "タグ", "新規、重点");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS108", Csv, line, "タグ「重点」はありません。新規・拡充・経済戦略・専門部会", "The tag \"重点\" is unknown. Write any of \"新規\", \"拡充\", \"経済戦略\", \"専門部会\"");
    }

    [Fact]
    public void A_cross_listing_under_its_own_field_is_reported()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", "economic-strategy");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS109", Csv, line, "再掲分野「economic-strategy」はこの事業の分野そのもの", "\"economic-strategy\" is this project's own field");
    }

    [Fact]
    public void A_cross_listing_under_an_unknown_field_is_reported()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", "sports");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS105", Csv, line, "分野「sports」はありません", "There is no field \"sports\"");
    }

    [Fact]
    public void A_town_written_twice_is_a_warning_only()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "関係市町", "盛岡市、滝沢市、盛岡市");
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS110", Csv, line, "市町「盛岡市」が2回", "The town \"盛岡市\" is written twice", Severity.Warning);
        Assert.NotNull(model);
        Assert.Equal(["morioka", "takizawa"], model.Projects.Single(p => p.Id == "p001").Towns.Select(t => t.Slug));
    }

    [Fact]
    public void A_value_beyond_the_last_column_is_reported()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", ",余分な値");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS111", Csv, line, "見出しより多い値があります", "more values than there are headings");
    }

    [Fact]
    public void A_project_in_no_town_is_a_warning_and_stays_in_the_model()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p001", "関係市町", "");
        var (model, diagnostics) = _site.Validate();
        var d = DiagnosticAssert.Single(diagnostics, "MS115", Csv, line, "どの市町のページにも載りません", "appears on no town's page", Severity.Warning);
        Assert.Equal(column, d.Location.Column);
        var project = model!.Projects.Single(p => p.Id == "p001");
        Assert.Empty(project.Towns);
        Assert.False(project.IsRegionWide);
    }

    [Fact]
    public void An_empty_summary_is_a_warning_and_stays_in_the_model()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p001", "事業概要", "");
        var (model, diagnostics) = _site.Validate();
        var d = DiagnosticAssert.Single(diagnostics, "MS118", Csv, line, "事業概要が空です", "The summary (column \"事業概要\") is empty", Severity.Warning);
        Assert.Equal(column, d.Location.Column);
        Assert.Equal(string.Empty, model!.Projects.Single(p => p.Id == "p001").Summary);
    }

    [Fact]
    public void A_suspiciously_long_name_is_a_warning_but_the_longest_real_one_is_not()
    {
        var name = string.Concat(Enumerable.Repeat("盛岡広域圏の産業振興", 9)); // 90 characters
        var (line, _) = ProjectRows.SetCell(_site, "p001", "事業名", name);
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS119", Csv, line, "事業名が90文字あります", "is 90 characters long", Severity.Warning);
        Assert.Equal(name, model!.Projects.Single(p => p.Id == "p001").Name);
        Assert.Equal(61, model.Projects.Where(p => p.Id != "p001").Max(p => p.Name.Length));
    }

    [Fact]
    public void An_empty_file_says_the_heading_row_is_missing()
    {
        _site.Write(Csv, string.Empty);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS101", Csv, 1, "1行目（見出し）がありません", "the first row (the headings) is missing");
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_its_row_instead_of_swallowing_the_rest_of_the_file()
    {
        var line = _site.LineOf(Csv, "p001,");
        _site.Edit(Csv, text => text.Replace("p001,ものづくり", "p001,\"ものづくり", StringComparison.Ordinal));
        var diagnostics = _site.Validate().Diagnostics;
        DiagnosticAssert.Single(diagnostics, "MS114", Csv, line, "引用符 \" の対応が取れていません", "a quotation mark is not matched");
        Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("p999,\"開いたままの引用符")]
    [InlineData("p999,名前の途中に\"がある,概要,tourism,既存,8市町,,")]
    [InlineData("p999,\"閉じた後に\"文字,概要,tourism,既存,8市町,,")]
    public void A_stray_quotation_mark_is_reported_at_its_row(string row)
    {
        _site.Edit(Csv, text => text.TrimEnd('\n') + "\n" + row + "\n");
        var line = _site.LineOf(Csv, "p999,");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS114", Csv, line, "閉じ忘れ", "opened and never closed");
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
    public void Warnings_and_errors_come_in_one_run_sorted_by_line_and_only_errors_stop_the_build()
    {
        var (first, _) = ProjectRows.SetCell(_site, "p001", "関係市町", "");
        var (second, _) = ProjectRows.SetCell(_site, "p002", "区分", "未定");
        var (third, _) = ProjectRows.SetCell(_site, "p003", "事業概要", "");
        var (model, diagnostics) = _site.Validate();
        Assert.Equal(["MS115", "MS106", "MS118"], diagnostics.Select(d => d.Code));
        Assert.Equal([first, second, third], diagnostics.Select(d => d.Location.Line));
        Assert.Equal([Severity.Warning, Severity.Error, Severity.Warning], diagnostics.Select(d => d.Severity));
        Assert.Null(model);

        ProjectRows.SetCell(_site, "p002", "区分", "既存");
        (model, diagnostics) = _site.Validate();
        Assert.Equal(["MS115", "MS118"], diagnostics.Select(d => d.Code));
        Assert.NotNull(model);
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

using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>
/// An invisible control character pasted into the data or a title is an error at its cell or line,
/// not a crash: the feed's XML writer, and Unicode normalization for search, refuse some of them.
/// </summary>
public sealed class InvisibleCharacterDiagnosticsTests : SiteCopyTests
{
    [Theory]
    [InlineData('\u000B', "U+000B")]
    [InlineData('\0', "U+0000")]
    [InlineData('\uFFFF', "U+FFFF")]
    public void A_control_character_in_a_project_name_is_reported_at_its_cell(char invisible, string codePoint)
    {
        var (line, column) = ProjectRows.SetCell(_site, "p001", "事業名", $"ものづくり{invisible}人材育成事業");
        var (model, diagnostics) = _site.Validate();
        var d = DiagnosticAssert.Single(diagnostics, "MS120", ProjectRows.Path, line, $"セルの「ものづくり」の後ろに目に見えない制御文字（{codePoint}）", $"invisible control character ({codePoint}) after \"ものづくり\". It often comes with text pasted");
        Assert.Equal(column, d.Location.Column);
        Assert.Single(diagnostics);
        Assert.Null(model);
    }

    [Fact]
    public void A_form_feed_in_a_town_name_is_the_only_error_though_projects_name_that_town()
    {
        var line = _site.LineOf("data/towns.csv", "takizawa,");
        _site.ReplaceLine("data/towns.csv", line, "takizawa,滝沢\u000C市,たきざわし,市,3");
        var (_, diagnostics) = _site.Validate();
        var d = DiagnosticAssert.Single(diagnostics, "MS120", "data/towns.csv", line, "制御文字（U+000C）", "(U+000C)");
        Assert.Equal(10, d.Location.Column);
        Assert.Single(diagnostics); // The cell reads as 滝沢市 after the report: no project's town is unknown.
    }

    [Fact]
    public void A_noncharacter_in_a_pillar_name_is_reported()
    {
        var line = _site.LineOf("data/pillars.csv", "economy,");
        _site.ReplaceLine("data/pillars.csv", line, "economy,\uFFFE圏域全体の経済成長のけん引,,1");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS120", "data/pillars.csv", line, "セルの先頭に目に見えない制御文字（U+FFFE）", "The cell starts with an invisible control character (U+FFFE)");
        Assert.Equal(9, d.Location.Column);
    }

    [Fact]
    public void A_nul_in_a_page_title_is_reported_at_its_line_and_column()
    {
        _site.Edit("content/index.md", text => text.Replace("title: （仮称）盛岡広域", "title: 盛岡\0広域", StringComparison.Ordinal));
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS220", "content/index.md", 2, "設定欄のこの行の「title: 盛岡」の後ろに目に見えない制御文字（U+0000）", "invisible control character (U+0000) after \"title: 盛岡\"");
        Assert.Equal(10, d.Location.Column);
    }

    [Theory]
    [InlineData('\u202E', "U+202E")]
    [InlineData('\u2066', "U+2066")]
    [InlineData('\u200F', "U+200F")]
    public void A_control_of_writing_direction_in_a_town_or_tag_name_is_reported_at_its_cell(char control, string codePoint)
    {
        var town = _site.LineOf("data/towns.csv", "takizawa,");
        _site.ReplaceLine("data/towns.csv", town, $"takizawa,滝沢{control}市,たきざわし,市,3");
        var tag = _site.LineOf("data/tags.csv", "new,");
        _site.Edit("data/tags.csv", text => text.Replace("new,新規,", $"new,新{control}規,", StringComparison.Ordinal));

        var (model, diagnostics) = _site.Validate();

        Assert.Null(model);
        var d = DiagnosticAssert.Single(diagnostics.Where(d => d.Location.Path == "data/towns.csv").ToList(), "MS120", "data/towns.csv", town, $"セルの「滝沢」の後ろに目に見えない制御文字（{codePoint}）", $"({codePoint}) after \"滝沢\"");
        Assert.Equal(10, d.Location.Column);
        DiagnosticAssert.Single(diagnostics.Where(d => d.Location.Path == "data/tags.csv").ToList(), "MS120", "data/tags.csv", tag, $"セルの「新」の後ろに目に見えない制御文字（{codePoint}）", $"({codePoint}) after \"新\"");
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public async Task A_right_to_left_override_in_the_site_s_name_is_reported_at_its_key_and_nothing_is_published()
    {
        var line = _site.LineOf("site.json", "  \"title\"");
        _site.Edit("site.json", text => text.Replace("\"title\": \"（仮称）", "\"title\": \"\u202E（仮称）", StringComparison.Ordinal));

        var result = await _site.BuildAsync(_out["_site"]);

        DiagnosticAssert.Single(result.Diagnostics, "MS015", "site.json", line, "「title」に目に見えない制御文字（U+202E）", "\"title\" has an invisible control character (U+202E)");
        Assert.False(Directory.Exists(_out["_site"]));
    }

    [Theory]
    [InlineData('\0', "U+0000")]
    [InlineData('\uFFFF', "U+FFFF")]
    public async Task A_control_character_in_a_page_s_text_is_reported_at_its_line_and_column_and_nothing_is_published(char invisible, string codePoint)
    {
        const string Schedule = "content/schedule.md";
        var line = _site.LineOf(Schedule, "平成27年11月24日時点の今後のスケジュールです。");
        _site.ReplaceLine(Schedule, line, $"平成27年{invisible}11月24日時点の今後のスケジュールです。");

        var result = await _site.BuildAsync(_out["_site"]);

        var d = DiagnosticAssert.Single(result.Diagnostics, "MS222", Schedule, line, $"本文のこの行の「平成27年」の後ろに目に見えない制御文字（{codePoint}）", $"This line of the text has an invisible control character ({codePoint}) after \"平成27年\"");
        Assert.Equal(6, d.Location.Column);
        Assert.False(Directory.Exists(_out["_site"]));
    }

    [Fact]
    public async Task A_vertical_tab_fails_the_build_with_exit_1_and_no_stack_trace()
    {
        ProjectRows.SetCell(_site, "p001", "事業名", "ものづくり\u000B人材育成事業");
        var error = new StringWriter();
        var exit = await Program.RunAsync(["build", "--root", _site.Root, "--output", _out["_site"]], new StringWriter(), error);
        Assert.Equal(1, exit);
        Assert.Contains("error MS120", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.False(Directory.Exists(_out["_site"]));
    }
}

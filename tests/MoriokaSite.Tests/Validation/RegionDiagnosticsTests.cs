using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>
/// The region's own lists (towns.csv, tags.csv, statuses.csv) are data staff edit: each mistake in them
/// is a diagnostic at its cell, and the messages about projects use the region's own words.
/// </summary>
public sealed class RegionDiagnosticsTests : SiteCopyTests
{
    private const string Towns = "data/towns.csv";
    private const string Tags = "data/tags.csv";
    private const string Statuses = "data/statuses.csv";

    [Fact]
    public void A_town_without_a_name_is_reported_at_its_cell()
    {
        var line = _site.LineOf(Towns, "shiwa,");
        _site.ReplaceLine(Towns, line, "shiwa,,しわちょう,町,7,");
        var (model, diagnostics) = _site.Validate();
        var d = DiagnosticAssert.Single(diagnostics, "MS102", Towns, line, "「名称」が空です", "\"名称\" is empty");
        Assert.Equal("shiwa,".Length + 1, d.Location.Column);
        Assert.Null(model);
    }

    [Fact]
    public void An_unknown_kind_lists_the_kinds()
    {
        var line = _site.LineOf(Towns, "shiwa,");
        _site.ReplaceLine(Towns, line, "shiwa,紫波町,しわちょう,区,7,");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS140", Towns, line, "種別「区」はありません。市・町・村", "The kind (column \"種別\") \"区\" is unknown. Write one of \"市\", \"町\", \"村\"");
        Assert.Equal("shiwa,紫波町,しわちょう,".Length + 1, d.Location.Column);
    }

    [Fact]
    public void A_region_without_a_central_city_is_reported_at_the_column()
    {
        var line = _site.LineOf(Towns, "morioka,");
        _site.ReplaceLine(Towns, line, "morioka,盛岡市,もりおかし,市,1,");
        var (model, diagnostics) = _site.Validate();
        var d = DiagnosticAssert.Single(diagnostics, "MS141", Towns, 1, "中心市（連携中枢都市）がありません", "There is no central city");
        Assert.Equal("ID,名称,よみ,種別,表示順,".Length + 1, d.Location.Column);
        Assert.Null(model);
    }

    [Fact]
    public void A_second_central_city_names_the_first()
    {
        var first = _site.LineOf(Towns, "morioka,");
        var line = _site.LineOf(Towns, "takizawa,");
        _site.ReplaceLine(Towns, line, "takizawa,滝沢市,たきざわし,市,3,○");
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS142", Towns, line, $"中心市は{first}行目にもあります", $"The central city is also marked on line {first}");
        Assert.Null(model);
    }

    [Fact]
    public void A_central_city_mark_that_is_not_a_circle_is_reported()
    {
        var line = _site.LineOf(Towns, "morioka,");
        _site.ReplaceLine(Towns, line, "morioka,盛岡市,もりおかし,市,1,はい");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS143", Towns, line, "中心市の列の「はい」は読めません", "\"はい\" in the column \"中心市\" cannot be read");
    }

    [Fact]
    public void The_circle_an_ime_offers_also_marks_the_central_city()
    {
        var line = _site.LineOf(Towns, "morioka,");
        _site.ReplaceLine(Towns, line, "morioka,盛岡市,もりおかし,市,1,〇");
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Equal("morioka", model!.Region.CentralCity!.Slug);
    }

    [Fact]
    public void An_unknown_tag_lists_the_tags_of_tags_csv_and_suggests_the_nearest()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p004", "タグ", "経済戦");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS108", ProjectRows.Path, line, "タグ「経済戦」はありません。もしかして: 経済戦略。新規・拡充・経済戦略・専門部会 のいずれかを「、」で区切って書いてください（タグの一覧は data/tags.csv）", "Did you mean \"経済戦略\"?");
    }

    [Fact]
    public void A_tag_added_to_tags_csv_may_be_written_and_one_removed_may_not()
    {
        _site.Edit(Tags, t => t.Replace("expert-committee,専門部会,", "priority,重点,重点的に取り組む事業,5\nexpert-committee,専門部会,", StringComparison.Ordinal));
        var (line, _) = ProjectRows.SetCell(_site, "p004", "タグ", "重点、新規");
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        var project = model!.Projects.Single(p => p.Id == "p004");
        Assert.Equal(["new", "priority"], project.Tags.Select(t => t.Key));

        _site.Edit(Tags, t => t.Replace("priority,重点,重点的に取り組む事業,5\n", "", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS108", ProjectRows.Path, line, "タグ「重点」はありません。新規・拡充・経済戦略・専門部会", "\"新規\", \"拡充\", \"経済戦略\", \"専門部会\"");
    }

    [Fact]
    public void Two_tags_of_one_name_are_reported()
    {
        var first = _site.LineOf(Tags, "new,");
        var line = _site.LineOf(Tags, "expanded,");
        _site.ReplaceLine(Tags, line, "expanded,新規,既存の事業の拡充,2");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS144", Tags, line, $"表示名「新規」は{first}行目でも使われています", $"The name \"新規\" is also used on line {first}");
    }

    [Fact]
    public void Any_number_of_tags_is_read()
    {
        var rows = Enumerable.Range(1, 40).Select(i => $"t{i},タグ{i},説明{i},{i}");
        _site.Write(Tags, "ID,表示名,説明,表示順\n" + string.Join('\n', rows) + "\nnew,新規,新規の事業,41\nexpanded,拡充,拡充する事業,42\neconomic-strategy,経済戦略,経済戦略の事業,43\nexpert-committee,専門部会,専門部会の事業,44\n");
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Equal(44, model!.Labels.Tags.Count);
    }

    [Fact]
    public void Any_number_of_towns_is_read()
    {
        string Extra(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"town{i},町{i},まち{i},町,{100 + i},\n"));
        var towns = _site.Read(Towns).TrimEnd('\n') + "\n";
        var real = towns.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        _site.Write(Towns, towns + Extra(60 - real));
        _site.Edit(ProjectRows.Path, t => t.Replace(",8市町,", ",60市町,", StringComparison.Ordinal));

        var (model, diagnostics) = _site.Validate();
        Assert.Equal(60, model!.Towns.Count);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_status_row_with_an_unknown_id_lists_the_fixed_ids()
    {
        var line = _site.LineOf(Statuses, "considering,");
        _site.ReplaceLine(Statuses, line, "future,検討,今後検討する事業");
        var diagnostics = _site.Validate().Diagnostics;
        DiagnosticAssert.Single(diagnostics, "MS146", Statuses, line, "区分の ID「future」はありません", "one of \"existing\", \"planned\", \"considering\"");
        DiagnosticAssert.Single(diagnostics, "MS147", Statuses, 1, "区分「considering」の行がありません", "There is no row for the status \"considering\"");
    }

    [Fact]
    public void Two_statuses_with_one_name_are_an_error_at_the_second()
    {
        var first = _site.LineOf(Statuses, "planned,");
        var line = _site.LineOf(Statuses, "considering,");
        _site.ReplaceLine(Statuses, line, "considering,計画,今後検討する事業");
        var (model, diagnostics) = _site.Validate();
        var d = DiagnosticAssert.Single(diagnostics, "MS149", Statuses, line, $"「計画」は{first}行目の区分の表示名か見出しでも使われています", $"\"計画\" is also the name or heading of the status in row {first}");
        Assert.Equal("considering,".Length + 1, d.Location.Column);
        Assert.Null(model);
    }

    [Fact]
    public void A_status_whose_name_is_another_s_heading_is_an_error_too_and_its_own_heading_may_repeat_its_name()
    {
        var line = _site.LineOf(Statuses, "considering,");
        _site.ReplaceLine(Statuses, line, "considering,既存事業,既存事業");
        var d = Assert.Single(_site.Validate().Diagnostics, d => d.Location.Path == Statuses);
        Assert.Equal(("MS149", line), (d.Code, d.Location.Line));
    }

    [Theory]
    [InlineData(Towns, "yahaba,", "yahaba,{name},やはばちょう,町,8,", "名称")]
    [InlineData(Tags, "new,", "new,{name},新規に実施することが望ましい事業,1", "表示名")]
    [InlineData(Statuses, "planned,", "planned,{name},実施を計画する事業", "表示名")]
    [InlineData(Statuses, "planned,", "planned,計画,{name}", "見出し")]
    [InlineData("data/pillars.csv", "economy,", "economy,{name},,1", "名称")]
    public void A_name_of_thousands_of_characters_is_a_warning_at_its_cell(string file, string row, string text, string column)
    {
        var name = string.Concat(Enumerable.Repeat("長い名前", 1250));
        var line = _site.LineOf(file, row);
        _site.ReplaceLine(file, line, text.Replace("{name}", name, StringComparison.Ordinal));

        var diagnostics = _site.Validate().Diagnostics;

        DiagnosticAssert.Single(diagnostics, "MS129", file, line, $"「{column}」が5000文字あります。40文字を超える名前は", $"\"{column}\" is 5000 characters long. A name over 40 characters", Severity.Warning);
    }

    [Fact]
    public void The_longest_names_of_the_source_are_well_within_the_limit()
    {
        Assert.DoesNotContain(_site.Validate().Diagnostics, d => d.Code == "MS129");
    }

    [Fact]
    public void Status_labels_come_from_statuses_csv()
    {
        _site.Edit(Statuses, s => s.Replace("existing,既存,既存事業", "existing,継続,継続する事業", StringComparison.Ordinal));
        _site.Edit(ProjectRows.Path, s => s.Replace(",既存,", ",継続,", StringComparison.Ordinal));
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Equal(40, model!.Projects.Count(p => p.StatusLabel.Heading == "継続する事業"));
    }

    [Fact]
    public void The_messages_for_all_the_towns_use_the_region_s_own_word()
    {
        _site.Edit(Towns, t => t + "kita,北町,きたまち,町,9,\n");
        _site.Edit(ProjectRows.Path, s => s.Replace(",8市町,", ",9市町,", StringComparison.Ordinal));
        var (line, _) = ProjectRows.SetCell(_site, "p004", "関係市町", "");
        var (other, _) = ProjectRows.SetCell(_site, "p005", "関係市町", "東京都");
        var diagnostics = _site.Validate().Diagnostics;
        DiagnosticAssert.Single(diagnostics, "MS115", ProjectRows.Path, line, "すべてなら「9市町」と書いてください", "or \"9市町\" for all of them", Severity.Warning);
        DiagnosticAssert.Single(diagnostics, "MS107", ProjectRows.Path, other, "北町、またはすべてなら「9市町」", "or \"9市町\" for all of them");
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("8市町", StringComparison.Ordinal));
    }
}

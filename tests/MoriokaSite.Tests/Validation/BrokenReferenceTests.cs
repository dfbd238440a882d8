using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>
/// One mistake in a list others point into (towns, tags, statuses, pillars, a field page) is printed first, as
/// itself, with one line for the cells that wait for it: never a hundred follow-on errors that bury it, and never
/// a message that ends in an empty list.
/// </summary>
public sealed class BrokenReferenceTests : SiteCopyTests
{
    private const string Towns = "data/towns.csv";

    private IReadOnlyList<Diagnostic> Errors() => _site.Validate().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    /// <summary>The list's own error first, then one MS125 for the cells of data/projects.csv that wait, and nothing else.</summary>
    private static void FirstItsOwnThenOneWaiting(IReadOnlyList<Diagnostic> errors, string list, string ownCode, string column, int cells)
    {
        Assert.True(errors.Count == 2, string.Join('\n', errors));
        Assert.Equal((list, ownCode), (errors[0].Location.Path, errors[0].Code));
        var waiting = DiagnosticAssert.Single(errors, "MS125", "data/projects.csv", errors[1].Location.Line, $"ここから{cells}か所の「{column}」は、まだ確かめていません", $"{cells} cells of \"{column}\" from here on are not checked yet");
        Assert.Contains(list, waiting.Message);
        NoEmptyList(errors);
    }

    private static void NoEmptyList(IEnumerable<Diagnostic> diagnostics) => Assert.All(diagnostics, d =>
    {
        Assert.DoesNotContain("「0", d.Message);
        Assert.DoesNotContain(": 」", d.Message);
        Assert.False(d.Message.EndsWith(": ", StringComparison.Ordinal) || d.Message.Contains("、、", StringComparison.Ordinal) || d.Message.Contains("。、", StringComparison.Ordinal), d.Message);
        Assert.False(d.English.Contains("Write one of ,", StringComparison.Ordinal) || d.English.Contains("Write one of .", StringComparison.Ordinal), d.English);
    });

    [Theory]
    [InlineData("shiwa,盛岡市,しわちょう,町,7,", "MS122")] // a name used twice
    [InlineData("con,紫波町,しわちょう,町,7,", "MS123")] // an id Windows cannot use
    [InlineData("shiwa,紫波町,しわちょう,区,7,", "MS140")] // a kind that is not 市, 町 or 村
    public void One_bad_town_row_comes_first_and_the_projects_wait_for_it(string row, string code)
    {
        _site.ReplaceLine(Towns, _site.LineOf(Towns, "shiwa,"), row);

        // The row is left out: 「8市町」 no longer counts the towns, and 紫波町 is not one of them, until it is fixed.
        FirstItsOwnThenOneWaiting(Errors(), Towns, code, "関係市町", SourceProject.All.Count(p => p.Towns == "8市町" || p.Towns.Contains("紫波町", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_towns_file_with_only_its_heading_names_itself()
    {
        _site.Write(Towns, "ID,名称,よみ,種別,表示順,中心市\n");
        var errors = Errors();
        DiagnosticAssert.Single(errors, "MS126", Towns, 1, "市町村が1行もありません", "There is no row of towns");
        FirstItsOwnThenOneWaiting(errors, Towns, "MS126", "関係市町", SourceProject.All.Count(p => p.Towns.Length > 0));
    }

    [Fact]
    public void A_bad_tag_row_comes_first_and_the_projects_tags_wait_for_it()
    {
        _site.ReplaceLine("data/tags.csv", _site.LineOf("data/tags.csv", "new,"), "new,拡充,説明,1");
        FirstItsOwnThenOneWaiting(Errors(), "data/tags.csv", "MS144", "タグ", SourceProject.All.Count(p => p.Tags.Contains("新規", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_statuses_file_with_only_its_heading_comes_first_and_the_statuses_wait_for_it()
    {
        _site.Write("data/statuses.csv", "ID,表示名,見出し\n");
        var errors = Errors();
        Assert.All(errors.Take(3), e => Assert.Equal(("data/statuses.csv", "MS147"), (e.Location.Path, e.Code)));
        var waiting = Assert.Single(errors, e => e.Code == "MS125");
        Assert.Contains($"ここから{SourceProject.All.Count}か所の「区分」", waiting.Message);
        Assert.Equal(4, errors.Count);
        NoEmptyList(errors);
    }

    [Fact]
    public void A_pillars_file_with_only_its_heading_comes_first_and_the_field_pages_wait_for_it()
    {
        _site.Write("data/pillars.csv", "ID,名称,上位,表示順\n");
        var errors = Errors();
        Assert.Equal(("data/pillars.csv", "MS126"), (errors[0].Location.Path, errors[0].Code));
        var fieldsWait = Assert.Single(errors, e => e.Code == "MS125" && e.Location.Path.StartsWith("content/fields/", StringComparison.Ordinal));
        Assert.Contains("17か所の「pillar」", fieldsWait.Message);
        var projectsWait = errors.Where(e => e.Code == "MS125" && e.Location.Path == "data/projects.csv").Select(e => e.Message).ToList();
        Assert.True(projectsWait.Count == 2, string.Join("\n", errors)); // 分野 and 再掲分野
        Assert.Contains($"{SourceProject.All.Count}か所の「分野」", projectsWait[0]);
        Assert.Contains($"{SourceProject.All.Count(p => p.AlsoIn.Length > 0)}か所の「再掲分野」", projectsWait[1]);
        Assert.Equal(4, errors.Count);
        NoEmptyList(errors);
    }

    [Fact]
    public void A_broken_field_page_comes_first_and_the_projects_fields_wait_for_it()
    {
        _site.Edit("content/fields/tourism.md", text => text.Replace("pillar: economy\n", string.Empty, StringComparison.Ordinal));
        var errors = Errors();
        Assert.Equal(("content/fields/tourism.md", "MS204"), (errors[0].Location.Path, errors[0].Code));
        var waiting = Assert.Single(errors, e => e.Code == "MS125");
        Assert.Contains($"{SourceProject.All.Count(p => p.Field == "tourism")}か所の「分野」", waiting.Message);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Without_a_broken_list_the_projects_are_checked_as_always()
    {
        var line = _site.LineOf("data/projects.csv", "p003,");
        _site.Edit("data/projects.csv", text => text.Replace("p003,東京事務所共同運営事業", "p003,東京事務所共同運営事業", StringComparison.Ordinal).Replace(",economic-strategy,計画,8市町,,\np004", ",economic-strategy,計画,滝沢,,\np004", StringComparison.Ordinal));
        var error = Assert.Single(Errors());
        Assert.Equal(("MS107", line), (error.Code, error.Location.Line));
    }
}

using System.Text;
using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Editing;

/// <summary>
/// When a town joins, the rows that said 「8市町」 keep meaning the eight: check says so once and names the command,
/// and expand-towns spells those cells out — only those cells, in the file's own encoding and line ends.
/// </summary>
public sealed class ExpandTownsTests : SiteCopyTests
{
    private const string Projects = "data/projects.csv";
    private const string Towns = "data/towns.csv";
    private const string Eight = "盛岡市、八幡平市、滝沢市、雫石町、葛巻町、岩手町、紫波町、矢巾町";
    private const string NinthTown = "hanamaki,花巻市,はなまきし,市,9,\n";

    private static readonly Encoding ShiftJis = CodePages();

    private int EightTownRows => SourceProject.All.Count(p => p.Towns == "8市町");

    private Task<(int Exit, string Out, string Err)> ExpandTowns() => ProgramRun.Run("expand-towns", "--root", _site.Root);

    private void AddNinthTown() => File.AppendAllText(_site.PathOf(Towns), NinthTown);

    [Fact]
    public async Task A_ninth_town_gives_one_error_naming_the_command_which_keeps_each_project_s_eight_towns()
    {
        Git.Init(_site.Root);
        AddNinthTown();
        var errors = _site.Validate().Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var error = DiagnosticAssert.Single(errors, "MS127", Projects, 2, $"この{EightTownRows}か所は、そのときの市町村のままにするのが正しいので、「9市町」には直さず", $"These {EightTownRows} cells should keep the towns they had then");
        Assert.Equal([error], errors);
        Assert.Contains("dotnet run --project generator -- expand-towns", error.Message);
        var before = File.ReadAllText(_site.PathOf(Projects));

        var (exit, output, _) = await ExpandTowns();

        Assert.Equal(0, exit);
        Assert.Contains($"「8市町」{EightTownRows}か所を「{Eight}」", output);
        Assert.Equal(before.Replace(",8市町,", $",{Eight},", StringComparison.Ordinal), File.ReadAllText(_site.PathOf(Projects)));
        var (model, diagnostics) = _site.Validate();
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.Empty(model!.Towns.Single(t => t.Slug == "hanamaki").Projects);
        Assert.Equal(EightTownRows, model.Projects.Count(p => p.Towns.Count == 8));
    }

    [Fact]
    public async Task An_excel_save_in_shift_jis_with_crlf_keeps_its_encoding_line_ends_and_every_other_byte()
    {
        var utf8 = File.ReadAllText(_site.PathOf(Projects)).TrimStart('\uFEFF').Replace("\n", "\r\n", StringComparison.Ordinal).Replace(",8市町,,\r\np003", ",\"8市町\",,\r\np003", StringComparison.Ordinal);
        File.WriteAllBytes(_site.PathOf(Projects), ShiftJis.GetBytes(utf8));
        Git.Init(_site.Root);
        AddNinthTown();

        var (exit, _, _) = await ExpandTowns();

        Assert.Equal(0, exit);
        var expected = utf8.Replace(",\"8市町\",", $",\"{Eight}\",", StringComparison.Ordinal).Replace(",8市町,", $",{Eight},", StringComparison.Ordinal);
        Assert.Equal(ShiftJis.GetBytes(expected), File.ReadAllBytes(_site.PathOf(Projects))); // quoted cell stays quoted
    }

    [Fact]
    public async Task Run_before_the_town_is_added_it_writes_today_s_towns_for_both_words()
    {
        ProjectRows.SetCell(_site, "p001", "関係市町", "全市町");

        var (exit, output, _) = await ExpandTowns();

        Assert.Equal(0, exit);
        Assert.Contains("いまの data/towns.csv", output);
        var text = File.ReadAllText(_site.PathOf(Projects));
        Assert.DoesNotContain(",8市町,", text);
        Assert.DoesNotContain(",全市町,", text);
        Assert.Equal(EightTownRows, text.Split('\n').Count(l => l.Contains($",{Eight},", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task After_the_town_is_committed_the_history_still_knows_which_eight()
    {
        Git.Init(_site.Root);
        AddNinthTown();
        Git.CommitAll(_site.Root, "花巻市が加わる");

        var (exit, output, _) = await ExpandTowns();

        Assert.Equal(0, exit);
        Assert.Contains("コミット", output);
        Assert.Contains($",{Eight},", File.ReadAllText(_site.PathOf(Projects)));
    }

    [Fact]
    public async Task Without_history_a_count_no_list_has_is_reported_and_nothing_is_written()
    {
        AddNinthTown();
        var before = File.ReadAllBytes(_site.PathOf(Projects));

        var (exit, _, error) = await ExpandTowns();

        Assert.Equal(1, exit);
        Assert.Contains("MS128", error);
        Assert.Equal(before, File.ReadAllBytes(_site.PathOf(Projects)));
        var diagnostics = new DiagnosticBag();
        Assert.Null(MoriokaSite.Editing.AllTownsSpeller.Run(_site.Root, diagnostics));
        DiagnosticAssert.Single(diagnostics.Sorted().DistinctBy(d => d.Code).ToList(), "MS128", Projects, 2, "「8市町」がどの市町村を指していたのか", "Which towns \"8市町\" meant cannot be found");
    }

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }
}

using System.Text.RegularExpressions;
using MoriokaSite.Tests.Support;
using static MoriokaSite.Tests.Support.ProgramRun;

namespace MoriokaSite.Tests.Commands;

/// <summary>The command line as the contract fixes it: exit statuses and the diagnostic line format.</summary>
public sealed partial class ProgramTests : SiteCopyTests
{
    [Theory]
    [InlineData]
    [InlineData("publish")]
    [InlineData("build", "--outptu", "x")]
    [InlineData("build", "--output")]
    [InlineData("serve", "--port", "http")]
    [InlineData("check", "--output", "x")]
    public async Task Wrong_usage_exits_2_with_the_usage(params string[] args)
    {
        var (exit, _, err) = await Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("使い方", err);
    }

    [Fact]
    public async Task A_base_url_without_a_final_slash_is_wrong_usage()
    {
        var (exit, _, err) = await Run("build", "--root", _site.Root, "--base-url", "https://example.github.io/MoriokaSite");
        Assert.Equal(2, exit);
        Assert.Contains("--base-url", err);
    }

    [Fact]
    public async Task Check_prints_every_problem_in_the_contract_s_form_and_exits_1_writing_nothing()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p010", "関係市町", "盛岡市、滝沢");
        _site.Edit("content/fields/tourism.md", text => text.Replace("order: 4\n", "order: 4\nfoo: bar\n", StringComparison.Ordinal));
        var (exit, _, err) = await Run("check", "--root", _site.Root);

        Assert.Equal(1, exit);
        var lines = err.Split('\n').Where(l => DiagnosticLine().IsMatch(l)).ToList();
        Assert.Equal(
            [$"content/fields/tourism.md:8:1: error MS203:", $"data/projects.csv:{line}:{column}: error MS107:"],
            lines.Select(l => string.Join(' ', l.Split(' ').Take(3))));
        Assert.False(Directory.Exists(_site.PathOf("_site")));
    }

    [Fact]
    public async Task Build_says_how_many_pages_it_wrote_where_and_how_fast()
    {
        var (exit, output, err) = await Run("build", "--root", _site.Root, "--output", "out");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Matches(@"^148 ページ（全 \d+ ファイル）を out/ に書き出しました（\d+\.\d\d 秒）\n注意: 公開先の URL にホスト名がない[^\n]*\n注意: このフォルダーは git のリポジトリではない[^\n]*\n$", output);
        Assert.True(File.Exists(_site.PathOf("out/index.html")));
    }

    [Fact]
    public async Task Build_with_timings_prints_each_stage_in_order()
    {
        var (exit, output, _) = await Run("build", "--root", _site.Root, "--output", "out", "--timings");
        Assert.Equal(0, exit);
        var lines = output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        var stages = lines.Select(l => Regex.Match(l, @"^  (\S.*?)\s{2,}\d+\.\d ms").Groups[1].Value).ToList();
        Assert.Equal(["start-up", "load", "validate", "history", "model", "compile templates", "render", "write"], stages);

        // Each stage says how much of it was the JIT compiler's, which is most of a cold build.
        Assert.All(lines.Skip(1), l => Assert.Matches(@"\(JIT \d+ ms, \d+ methods\)$", l));
    }

    [Fact]
    public async Task Lang_en_prints_diagnostics_and_the_summary_in_english()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p010", "関係市町", "盛岡市、滝沢");
        var (exit, _, err) = await Run("check", "--root", _site.Root, "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Equal(
            [$"data/projects.csv:{line}:{column}: error MS107: Row {ProjectRows.ExcelRow(_site, line)}, column F (\"関係市町\"): The town \"滝沢\" is unknown. Did you mean \"滝沢市\"?", "1 error, 0 warnings"],
            err.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task An_unknown_language_is_wrong_usage_and_says_which_there_are()
    {
        var (exit, _, err) = await Run("check", "--root", _site.Root, "--lang", "fr");
        Assert.Equal(2, exit);
        Assert.Contains("--lang「fr」は使えません。ja（日本語）か en（英語）を指定してください。", err);
        Assert.Contains("使い方", err);
    }

    [Theory]
    [InlineData("publish", "--lang", "en")]
    [InlineData("build", "--lang", "en", "--outptu", "x")]
    [InlineData("check", "--lang", "en", "--lang", "xx")]
    public async Task Usage_errors_follow_the_language(params string[] args)
    {
        var (exit, _, err) = await Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("Usage:", err);
        DiagnosticAssert.IsEnglish(err);
    }

    [Fact]
    public async Task Site_json_sets_the_language_and_the_command_line_wins()
    {
        _site.Edit("site.json", text => text.Replace("\"cname\": \"\"", "\"cname\": \"\", \"diagnosticsLanguage\": \"en\"", StringComparison.Ordinal));
        var (line, _) = ProjectRows.SetCell(_site, "p010", "区分", "未定");
        var row = ProjectRows.ExcelRow(_site, line);

        var (exit, _, err) = await Run("check", "--root", _site.Root);
        Assert.Equal(1, exit);
        Assert.Contains($"error MS106: Row {row}, column E (\"区分\"): The status (column \"区分\") \"未定\" is unknown.", err);
        Assert.Contains("1 error, 0 warnings", err);

        (exit, _, err) = await Run("check", "--root", _site.Root, "--lang", "ja");
        Assert.Equal(1, exit);
        Assert.Contains($"error MS106: {row}行目・E列（区分）：区分「未定」はありません。", err);
        Assert.Contains("エラー 1 件、警告 0 件", err);

        (exit, _, err) = await Run("publish", "--root", _site.Root);
        Assert.Equal(2, exit);
        Assert.Contains("There is no command \"publish\".", err);
    }

    [Fact]
    public async Task Warnings_are_printed_but_the_build_succeeds_and_writes_the_site()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p010", "事業概要", "");
        var (exit, output, err) = await Run("build", "--root", _site.Root, "--output", "out", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Equal(
            [$"data/projects.csv:{line}:{column}: warning MS118:", "0 errors, 1 warning"],
            err.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.StartsWith("data/", StringComparison.Ordinal) ? string.Join(' ', l.Split(' ').Take(3)) : l));
        Assert.Matches(@"^Wrote 148 pages \(\d+ files in all\) to out/ in \d+\.\d\d s\nNote: the base URL names no host[^\n]*\nNote: this folder is not a git repository[^\n]*\n$", output);
        Assert.True(File.Exists(_site.PathOf("out/projects/p010/index.html")));

        (exit, output, _) = await Run("check", "--root", _site.Root);
        Assert.Equal(0, exit);
        Assert.Equal("エラーはありません。警告は公開を止めませんが、できれば直してください。\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Help_is_given_in_either_language()
    {
        var (exit, output, _) = await Run("--help", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.StartsWith("Usage:", output);
        Assert.Contains("--lang ja|en", output);
        (_, output, _) = await Run("--help");
        Assert.StartsWith("使い方", output);
    }

    [GeneratedRegex(@"^[^:\s]+:\d+:\d+: (error|warning) MS\d{3}: .+$")]
    private static partial Regex DiagnosticLine();
}

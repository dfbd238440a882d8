using System.Text.RegularExpressions;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Commands;

/// <summary>The command line as the contract fixes it: exit statuses and the diagnostic line format.</summary>
public sealed partial class ProgramTests : IDisposable
{
    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Program.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

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
            [$"content/fields/tourism.md:7:1: error MS203:", $"data/projects.csv:{line}:{column}: error MS107:"],
            lines.Select(l => string.Join(' ', l.Split(' ').Take(3))));
        Assert.False(Directory.Exists(_site.PathOf("_site")));
    }

    [Fact]
    public async Task Build_says_how_many_pages_it_wrote_where_and_how_fast()
    {
        var (exit, output, err) = await Run("build", "--root", _site.Root, "--output", "out");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Matches(@"^147 ページ（全 \d+ ファイル）を out/ に書き出しました（\d+\.\d\d 秒）\n$", output);
        Assert.True(File.Exists(_site.PathOf("out/index.html")));
    }

    [Fact]
    public async Task Build_with_timings_prints_each_stage_in_order()
    {
        var (exit, output, _) = await Run("build", "--root", _site.Root, "--output", "out", "--timings");
        Assert.Equal(0, exit);
        var stages = output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()[..l.Trim().LastIndexOf("  ", StringComparison.Ordinal)].Trim()).ToList();
        Assert.Equal(["load", "validate", "model", "compile templates", "render", "write"], stages);
    }

    [GeneratedRegex(@"^[^:\s]+:\d+:\d+: (error|warning) MS\d{3}: .+$")]
    private static partial Regex DiagnosticLine();
}

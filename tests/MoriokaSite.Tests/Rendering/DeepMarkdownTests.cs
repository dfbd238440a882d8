using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Rendering;

/// <summary>Markdown nested past what Markdig reads is an error at its line, never a crash.</summary>
public sealed class DeepMarkdownTests : SiteCopyTests
{
    [Theory]
    [InlineData("content/fields/tourism.md", "- ", 100, "")]
    [InlineData("content/schedule.md", ">", 200, "")]
    [InlineData("content/index.md", "*a ", 200, " a*")]
    public async Task Nesting_past_the_limit_is_an_error_at_its_line_and_the_build_writes_nothing(string file, string open, int depth, string close)
    {
        var text = _site.Read(file).TrimEnd('\n') + "\n\n";
        var line = text.Count(c => c == '\n') + 1;
        _site.Write(file, text + Repeat(open, depth) + "深い" + Repeat(close, depth) + "\n\n最後の段落\n");

        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS214", file, line, "入れ子が深すぎる", "nested too deeply", Severity.Error);
        var result = await _site.BuildAsync(_out["_site"]);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "MS214");
        Assert.False(Directory.Exists(_out["_site"]));
    }

    [Fact]
    public void The_front_matter_above_deep_nesting_is_still_read()
    {
        _site.Edit("content/index.md", text => text + "\n" + Repeat("- ", 100) + "x\n");
        var diagnostics = _site.Validate().Diagnostics;
        Assert.Equal(["MS214"], diagnostics.Select(d => d.Code)); // Not a front matter error as well.
    }

    [Theory]
    [InlineData(6000, "**強調** ", "\n")]
    [InlineData(1, "", "\n")]
    [InlineData(6000, "**強調**\n", "")]
    public void A_flat_paragraph_with_too_many_marks_is_called_too_large_not_nested(int spans, string unit, string end)
    {
        // The second: one line of a megabyte of bold text and links, written out below.
        var paragraph = spans == 1 ? Repeat("**強調**[リンク](https://example.jp/) ", 30_000) : Repeat(unit, spans);
        var text = _site.Read("content/index.md").TrimEnd('\n') + "\n\n";
        var line = text.Count(c => c == '\n') + 1;
        _site.Write("content/index.md", text + paragraph + end + "\n最後の段落\n");

        var diagnostics = _site.Validate().Diagnostics;

        Assert.DoesNotContain(diagnostics, d => d.Code == "MS214");
        var d = DiagnosticAssert.Single(diagnostics, "MS215", "content/index.md", line, "この行から始まる段落は大きすぎて", "is too large for the text to be read", Severity.Error);
        Assert.DoesNotContain("入れ子が深", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flat_paragraph_of_thousands_of_bold_spans_within_the_limit_builds()
    {
        _site.Edit("content/index.md", text => text.TrimEnd('\n') + "\n\n" + Repeat("**強調** ", 4000) + "\n");
        var result = await _site.BuildAsync(_out["_site"]);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(Repeat("<strong>強調</strong> ", 10), File.ReadAllText(_out["_site/index.html"]), StringComparison.Ordinal);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}

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

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}

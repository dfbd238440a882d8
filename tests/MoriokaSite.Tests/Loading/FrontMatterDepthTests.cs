using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// Front matter nested 40,000 deep once overflowed the stack and killed the process (serve too, and this
/// test run with it). It is read without recursion now, and reading stops at the depth limit.
/// </summary>
public sealed class FrontMatterDepthTests
{
    private const int Deep = 40_000;

    [Fact]
    public void Forty_thousand_brackets_are_an_error_at_the_first_one_too_deep()
    {
        var diagnostics = new DiagnosticBag();
        var file = MarkdownLoader.Parse("a.md", $"---\ndescription: 説明\ntitle: {new string('[', Deep)}\n---\n本文\n", diagnostics);
        var d = DiagnosticAssert.Single(diagnostics.Sorted(), "MS221", "a.md", 3, $"「title」の値が、{FrontMatterYaml.MaxDepth}段より深く入れ子", $"The value of \"title\" in the settings block is nested more than {FrontMatterYaml.MaxDepth} levels deep");
        Assert.Equal("title: ".Length + FrontMatterYaml.MaxDepth + 1, d.Location.Column);
        Assert.Single(diagnostics.Sorted());
        Assert.Equal("説明", file["description"]!.Value);
    }

    [Fact]
    public void Forty_thousand_braces_closed_or_not_are_an_error()
    {
        foreach (var value in new[] { new string('{', Deep), new string('{', Deep) + new string('}', Deep), string.Concat(Enumerable.Repeat("{a: ", Deep)) })
        {
            var diagnostics = new DiagnosticBag();
            MarkdownLoader.Parse("a.md", $"---\ntitle: {value}\n---\n", diagnostics);
            Assert.Equal(["MS221"], diagnostics.Sorted().Select(d => d.Code));
        }
    }

    [Fact]
    public void Forty_thousand_nested_dashes_are_an_error()
    {
        var diagnostics = new DiagnosticBag();
        MarkdownLoader.Parse("a.md", $"---\ntitle:\n{string.Concat(Enumerable.Repeat("- ", Deep))}x\n---\n", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("MS221", 3), (d.Code, d.Location.Line));
    }

    [Fact]
    public void Nesting_within_the_limit_is_the_usual_one_line_error_at_the_key()
    {
        var diagnostics = new DiagnosticBag();
        MarkdownLoader.Parse("a.md", $"---\ndescription: 説明\ntitle: {new string('[', FrontMatterYaml.MaxDepth)}{new string(']', FrontMatterYaml.MaxDepth)}\n---\n", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("MS202", 3, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Contains("「title」の値は1行の文字にしてください", d.Message);
    }

    [Fact]
    public void A_key_written_twice_is_reported_at_the_second_and_the_first_value_stays()
    {
        var diagnostics = new DiagnosticBag();
        var file = MarkdownLoader.Parse("a.md", "---\ntitle: 一\ndescription: 説明\ntitle: 二\n---\n", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("MS202", 4), (d.Code, d.Location.Line));
        Assert.Contains("同じキーが2回あります", d.Message);
        Assert.Equal("一", file["title"]!.Value);
    }

    [Fact]
    public void An_alias_reads_as_the_value_it_names()
    {
        var diagnostics = new DiagnosticBag();
        var file = MarkdownLoader.Parse("a.md", "---\ntitle: &t 盛岡\ndescription: *t\n---\n", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("盛岡", file["description"]!.Value);
    }

    [Fact]
    public void Deep_nesting_in_a_real_field_page_fails_validation_not_the_process()
    {
        using var site = new SiteCopy();
        site.Edit("content/fields/tourism.md", text => text.Replace("title: 戦略的な観光施策", "title: " + new string('[', Deep), StringComparison.Ordinal));
        var line = site.LineOf("content/fields/tourism.md", "title:");
        var (model, diagnostics) = site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS221", "content/fields/tourism.md", line, "値は1行の文字です", "A value is one line of text");
        Assert.Null(model);
    }

    [Theory]
    [InlineData("[仮称 ビジョン")]
    [InlineData("[[")]
    [InlineData("{仮称")]
    public void A_bracket_left_open_before_the_next_key_is_a_syntax_error_at_its_key_not_a_crash(string value)
    {
        var diagnostics = new DiagnosticBag();
        MarkdownLoader.Parse("a.md", $"---\ntitle: {value}\ndescription: 説明\n---\n本文\n", diagnostics);
        DiagnosticAssert.Single(diagnostics.Sorted(), "MS202", "a.md", 2, "括弧「[」か「{」で始まって閉じられていない値があります", "a value starts with a bracket [ or { that is never closed");
    }
}

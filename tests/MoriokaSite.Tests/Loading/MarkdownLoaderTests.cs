using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Tests.Loading;

public sealed class MarkdownLoaderTests
{
    [Fact]
    public void Front_matter_values_keep_their_lines_and_the_body_follows()
    {
        var diagnostics = new DiagnosticBag();
        var file = MarkdownLoader.Parse("a.md", "---\ntitle: 盛岡\ndescription: 説明\n---\n\n本文\n", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("盛岡", file["title"]!.Value);
        Assert.Equal(3, file["description"]!.Location.Line);
        Assert.Equal("本文\n", file.Body);
    }

    [Fact]
    public void Windows_line_ends_read_the_same()
    {
        var file = MarkdownLoader.Parse("a.md", "---\r\ntitle: 盛岡\r\n---\r\n本文\r\n", new DiagnosticBag());
        Assert.Equal("盛岡", file["title"]!.Value);
        Assert.Equal("本文\n", file.Body);
    }

    [Fact]
    public void A_file_without_front_matter_is_all_body()
    {
        var file = MarkdownLoader.Parse("a.md", "# 見出し\n", new DiagnosticBag());
        Assert.False(file.HasFrontMatter);
        Assert.Equal("# 見出し\n", file.Body);
    }

    [Fact]
    public void A_list_value_is_reported_at_its_key()
    {
        var diagnostics = new DiagnosticBag();
        MarkdownLoader.Parse("a.md", "---\ntitle: a\ntags:\n  - x\n---\n", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("MS202", 3), (d.Code, d.Location.Line));
    }
}

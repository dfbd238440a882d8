using MoriokaSite.Markup;

namespace MoriokaSite.Tests.Markup;

/// <summary>
/// Content pages' HTML is kept from one build to the next (serve builds on every save). What is kept must never
/// show an earlier build's words or text: the same Markdown with other wording, or other Markdown, is made anew.
/// </summary>
public sealed class MarkdownRendererTests
{
    private const string WithTable = "## 別表\n\n| 事業 | 内容 |\n| --- | --- |\n| 観光 | 広域の周遊 |\n";

    [Fact]
    public void The_same_markdown_with_other_wording_names_its_table_region_in_the_new_wording()
    {
        var first = MarkdownRenderer.ToHtml(WithTable, heading => $"表: {heading}");
        var second = MarkdownRenderer.ToHtml(WithTable, heading => $"Table: {heading}");

        Assert.Contains("aria-label=\"表: 別表\"", first, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Table: 別表\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("表: 別表", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_made_again_gives_the_same_html_and_changed_markdown_gives_its_own()
    {
        var once = MarkdownRenderer.ToHtml(WithTable, heading => heading);
        var again = MarkdownRenderer.ToHtml(WithTable, heading => heading);
        var changed = MarkdownRenderer.ToHtml(WithTable.Replace("広域の周遊", "広域の周遊と宿泊", StringComparison.Ordinal), heading => heading);

        Assert.Equal(once, again);
        Assert.Contains("広域の周遊と宿泊", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("広域の周遊と宿泊", once, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_without_a_table_is_the_sanitised_html_without_its_last_line_break()
    {
        var html = MarkdownRenderer.ToHtml("本文<script>alert(1)</script>\n\n次の段落\n", heading => heading);

        Assert.Equal("<p>本文</p>\n<p>次の段落</p>", html);
    }
}

using MoriokaSite.Markup;
using MoriokaSite.Text.Phrases;

namespace MoriokaSite.Tests.Markup;

public sealed class PhraseBreaksTests
{
    private static readonly PhraseBreaks Breaks = new(PhraseSegmenter.ForJapanese);

    [Fact]
    public void A_heading_is_marked_between_its_phrases() =>
        Assert.Equal("<h1>製麺工業と<wbr>農業の<wbr>連携の<wbr>促進に<wbr>ついて</h1>", Breaks.Apply("<h1>製麺工業と農業の連携の促進について</h1>"));

    [Fact]
    public void A_heading_made_of_a_link_and_a_count_is_read_as_one_line()
    {
        var html = Breaks.Apply("""<h3><a href="/fields/tourism/">戦略的な観光施策</a>（4事業）</h3>""");
        Assert.Equal("""<h3><a href="/fields/tourism/">戦略的な<wbr>観光施策</a><wbr>（4事業）</h3>""", html);
    }

    [Fact]
    public void Only_headings_captions_buttons_summaries_and_marked_elements_change()
    {
        const string text = "製麺工業と農業の連携の促進について";
        foreach (var tag in new[] { "h2", "h6", "caption", "button", "summary" })
        {
            Assert.Contains("<wbr>", Breaks.Apply($"<{tag}>{text}</{tag}>"), StringComparison.Ordinal);
        }

        Assert.Contains("<wbr>", Breaks.Apply($"""<p class="site-name phrases"><a href="/">{text}</a></p>"""), StringComparison.Ordinal);
        foreach (var html in new[] { $"<p>{text}</p>", $"<td>{text}</td>", $"<th>{text}</th>", $"<li>{text}</li>", $"""<p class="phrasesque">{text}</p>""" })
        {
            Assert.Equal(html, Breaks.Apply(html));
        }
    }

    [Fact]
    public void Code_scripts_and_pictures_inside_or_outside_headings_are_left_alone()
    {
        const string html = """
            <script>const h = "<h2>製麺工業と農業の連携</h2>";</script><svg><text>製麺工業と農業の連携</text></svg>
            <h2>設定<code>製麺工業と農業の連携</code>について</h2><style>h1::after { content: "<h1>" }</style>
            """;
        var marked = Breaks.Apply(html);
        Assert.Contains("""<script>const h = "<h2>製麺工業と農業の連携</h2>";</script><svg><text>製麺工業と農業の連携</text></svg>""", marked, StringComparison.Ordinal);
        Assert.Contains("<code>製麺工業と農業の連携</code>", marked, StringComparison.Ordinal);
        Assert.Contains("""<style>h1::after { content: "<h1>" }</style>""", marked, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_stay_whole_and_attributes_are_never_touched()
    {
        var marked = Breaks.Apply("""<h2 title="製麺工業と農業の連携" data-x="a>b">製麺工業&amp;農業の&#x30FC;連携&quot;について&quot;</h2>""");
        Assert.StartsWith("""<h2 title="製麺工業と農業の連携" data-x="a>b">""", marked, StringComparison.Ordinal);
        Assert.DoesNotContain("&<wbr>", marked, StringComparison.Ordinal);
        Assert.DoesNotContain("<wbr>&#x30FC;", marked, StringComparison.Ordinal); // ー never begins a line
        Assert.Equal("製麺工業&amp;農業の&#x30FC;連携&quot;について&quot;", marked[(marked.IndexOf("b\">", StringComparison.Ordinal) + 3)..marked.LastIndexOf("</h2>", StringComparison.Ordinal)].Replace("<wbr>", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_break_ends_a_phrase_and_a_space_needs_no_mark()
    {
        var marked = Breaks.Apply("<h3>経済成長のけん引<br>戦略的な観光施策</h3><h2>Open Data の公開</h2>");
        Assert.Contains("けん引<br>戦略的な", marked, StringComparison.Ordinal);
        Assert.DoesNotContain("<wbr> ", marked, StringComparison.Ordinal);
        Assert.DoesNotContain(" <wbr>", marked, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_elements_of_the_same_name_close_at_their_own_end()
    {
        var marked = Breaks.Apply("<summary><span>製麺工業と農業の連携</span></summary><p>製麺工業と農業の連携</p>");
        Assert.EndsWith("</summary><p>製麺工業と農業の連携</p>", marked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_headings_comes_back_as_it_was()
    {
        const string html = "<!DOCTYPE html><html lang=\"ja\"><!-- <h1>製麺工業と農業の連携</h1> --><body><p>本文</p></body></html>";
        Assert.Equal(html, Breaks.Apply(html));
    }
}

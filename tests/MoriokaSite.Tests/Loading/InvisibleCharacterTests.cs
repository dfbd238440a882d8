using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Text;

namespace MoriokaSite.Tests.Loading;

/// <summary>Characters that are never text are found, named and removed, and never make the text functions throw.</summary>
public sealed class InvisibleCharacterTests
{
    [Theory]
    [InlineData("ab\u000Bc", 2, "U+000B")]
    [InlineData("\u000Cab", 0, "U+000C")]
    [InlineData("a\0", 1, "U+0000")]
    [InlineData("a\u007Fb", 1, "U+007F")]
    [InlineData("a\u0085b", 1, "U+0085")]
    [InlineData("盛岡\uFFFE", 2, "U+FFFE")]
    [InlineData("盛岡\uFFFF", 2, "U+FFFF")]
    [InlineData("盛岡\uFDD0", 2, "U+FDD0")]
    [InlineData("a\U0001FFFE", 1, "U+1FFFE")]
    public void An_invisible_character_is_found_and_named(string text, int index, string codePoint)
    {
        Assert.Equal(index, TextNormalizer.InvisibleAt(text));
        Assert.Equal(codePoint, TextNormalizer.CodePoint(text, index));
        Assert.Equal(-1, TextNormalizer.InvisibleAt(TextNormalizer.WithoutInvisible(text)));
    }

    // Built in code: an attribute stores its strings as UTF-8, where a lone surrogate cannot be written.
    [Theory]
    [InlineData("a", '\uD800', "b")]
    [InlineData("ab", '\uDC00', "")]
    [InlineData("a", '\uD800', "")]
    [InlineData("観光", '\uDBFF', "")]
    public void A_lone_surrogate_is_found_named_removed_and_folded_without_throwing(string before, char surrogate, string after)
    {
        var text = before + surrogate + after;
        Assert.Equal(before.Length, TextNormalizer.InvisibleAt(text));
        Assert.Equal($"U+{(int)surrogate:X4}", TextNormalizer.CodePoint(text, before.Length));
        Assert.Equal(before + after, TextNormalizer.WithoutInvisible(text));
        Assert.Equal(before + after, TextNormalizer.Cell(text));
        Assert.StartsWith(before, TextNormalizer.Fold(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("盛岡市\t滝沢市\r\n紫波町")]
    [InlineData("𠮷野家と😀")]
    [InlineData("全角　スペース")]
    public void Tabs_line_ends_and_characters_outside_the_bmp_are_text(string text)
    {
        Assert.Equal(-1, TextNormalizer.InvisibleAt(text));
        Assert.Equal(text, TextNormalizer.WithoutInvisible(text));
    }

    [Fact]
    public void A_cell_loses_its_invisible_characters()
    {
        Assert.Equal("ものづくり人材育成事業", TextNormalizer.Cell("ものづくり\u000B人材\0育成事業\uFFFE"));
    }

    [Theory]
    [InlineData("観光\uFFFE")]
    [InlineData("\uFFFF観光")]
    public void Folding_never_throws_on_a_stray_noncharacter_or_surrogate(string text)
    {
        Assert.StartsWith("観光", TextNormalizer.Fold(text).Trim('\uFFFE', '\uFFFF', '\uFFFD'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ものづくり\u000B人材", 5, "ものづくり")]
    [InlineData("\u000B人材", 0, "")]
    [InlineData("一行目\n二行目\u000C", 7, "二行目")]
    [InlineData("盛岡広域連携中枢都市圏ビジョン\u000B", 15, "…携中枢都市圏ビジョン")]
    public void The_text_before_an_invisible_character_shows_where_it_is(string text, int index, string before)
    {
        Assert.Equal(before, TextNormalizer.VisibleBefore(text, index));
    }

    [Fact]
    public void A_control_character_in_a_cell_is_reported_at_the_cell()
    {
        var diagnostics = new DiagnosticBag();
        var table = CsvLoader.Parse("data/x.csv", "ID,名称\nmorioka,\"盛岡\u000C市\"\n", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("MS120", 2, 9), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Contains("「盛岡」の後ろ", d.Message);
        Assert.Contains("(U+000C) after \"盛岡\"", d.English);
        Assert.Equal("盛岡市", table!.Rows[0]["名称"].Value);
    }

    [Fact]
    public void A_nul_in_front_matter_is_reported_where_it_is_though_markdig_would_hide_it()
    {
        var diagnostics = new DiagnosticBag();
        var file = MarkdownLoader.Parse("a.md", "---\ntitle: 盛\0岡\ndescription: 説明\n---\n本文\n", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("MS220", 2, 9), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Contains("U+0000", d.Message);
        Assert.Equal("盛岡", file["title"]!.Value);
        Assert.Equal("説明", file["description"]!.Value);
    }

    [Theory]
    [InlineData("\"盛\\0岡\"", "U+0000")]
    [InlineData("\"盛\\v岡\"", "U+000B")]
    [InlineData("\"盛\\uFFFE岡\"", "U+FFFE")]
    public void An_invisible_character_written_as_a_yaml_escape_is_reported_at_its_key(string value, string codePoint)
    {
        var diagnostics = new DiagnosticBag();
        var file = MarkdownLoader.Parse("a.md", $"---\ndescription: 説明\ntitle: {value}\n---\n", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("MS220", 3, 1), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Contains(codePoint, d.English);
        Assert.Equal("盛岡", file["title"]!.Value);
    }
}

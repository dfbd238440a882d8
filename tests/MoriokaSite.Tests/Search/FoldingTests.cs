using MoriokaSite.Text;

namespace MoriokaSite.Tests.Search;

/// <summary>Search compares folded text: NFKC, lower case and kana folded, so the widths, cases and kana people type all meet.</summary>
public sealed class FoldingTests
{
    [Theory]
    [InlineData("ＩＣＴ", "ict")]
    [InlineData("ICT", "ict")]
    [InlineData("ict", "ict")]
    [InlineData("ｲﾝﾀｰﾝ", "いんたん")]
    [InlineData("ﾊﾞｽ", "ばす")] // a voiced mark joins the kana before it
    [InlineData("ﾎﾟｲﾝﾄ", "ぽいんと")]
    [InlineData("２０２０", "2020")]
    [InlineData("観光\u3000台湾", "観光 台湾")] // the full-width space becomes a plain one: both separate terms
    [InlineData("①", "1")]
    [InlineData("㈱", "(株)")]
    [InlineData("Wi-Fi", "wi-fi")]
    [InlineData("ΣΑΣ", "σασ")] // one code point at a time: no final-sigma rule, as in search.js
    public void Folding_makes_widths_and_cases_equal(string typed, string folded) =>
        Assert.Equal(folded, TextNormalizer.Fold(typed));

    [Theory]
    [InlineData("スキー", "すき")] // katakana become hiragana; the long-vowel mark goes
    [InlineData("すきー", "すき")]
    [InlineData("ｽｷｰ", "すき")]
    [InlineData("インターンシップ", "いんたんしつぷ")] // small kana become full-size
    [InlineData("いんたーんしっぷ", "いんたんしつぷ")]
    [InlineData("ヴァイオリン", "ゔあいおりん")]
    [InlineData("ゔぁいおりん", "ゔあいおりん")]
    [InlineData("ヵヶ", "かけ")]
    [InlineData("ヷ", "わ\u3099")] // no precomposed hiragana: わ with the voiced mark
    [InlineData("ㇰㇷ", "くふ")]
    [InlineData("ヽヾ", "ゝゞ")]
    [InlineData("コンピュータ", "こんぴゆた")]
    [InlineData("観光", "観光")]
    public void Folding_makes_hiragana_and_katakana_equal(string typed, string folded) =>
        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(folded), TextNormalizer.Fold(typed));

    [Fact]
    public void Folding_twice_changes_nothing()
    {
        var kana = string.Concat(Enumerable.Range(0x3041, 0x30FF - 0x3041 + 1).Select(char.ConvertFromUtf32));
        var once = TextNormalizer.Fold(kana);
        Assert.Equal(once, TextNormalizer.Fold(once));
    }

    [Fact]
    public void Folding_keeps_characters_outside_the_bmp_whole() =>
        Assert.Equal("𠮷野家", TextNormalizer.Fold("𠮷野家"));

    [Fact]
    public void A_cluster_is_a_character_with_its_combining_marks()
    {
        Assert.Equal(["ﾊﾞ", "ｽ"], TextNormalizer.Clusters("ﾊﾞｽ"));
        Assert.Equal(["e\u0301", "t"], TextNormalizer.Clusters("e\u0301t"));
        Assert.Equal(["𠮷", "野"], TextNormalizer.Clusters("𠮷野"));
    }
}

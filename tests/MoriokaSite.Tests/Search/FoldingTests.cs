using MoriokaSite.Text;

namespace MoriokaSite.Tests.Search;

/// <summary>Search compares folded text: NFKC and lower case, so the widths and cases people type all meet.</summary>
public sealed class FoldingTests
{
    [Theory]
    [InlineData("ＩＣＴ", "ict")]
    [InlineData("ICT", "ict")]
    [InlineData("ict", "ict")]
    [InlineData("ｲﾝﾀｰﾝ", "インターン")]
    [InlineData("ﾊﾞｽ", "バス")] // a voiced mark joins the kana before it
    [InlineData("ﾎﾟｲﾝﾄ", "ポイント")]
    [InlineData("２０２０", "2020")]
    [InlineData("観光\u3000台湾", "観光 台湾")] // the full-width space becomes a plain one: both separate terms
    [InlineData("①", "1")]
    [InlineData("㈱", "(株)")]
    [InlineData("Wi-Fi", "wi-fi")]
    [InlineData("ΣΑΣ", "σασ")] // one code point at a time: no final-sigma rule, as in search.js
    public void Folding_makes_widths_and_cases_equal(string typed, string folded) =>
        Assert.Equal(folded, TextNormalizer.Fold(typed));

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

using System.Text.Json;
using MoriokaSite.Tests.Support;
using MoriokaSite.Text;
using MoriokaSite.Text.Phrases;

namespace MoriokaSite.Tests.Text;

public sealed class PhraseSegmenterTests
{
    private static readonly PhraseSegmenter Segmenter = PhraseSegmenter.ForJapanese;

    /// <summary>
    /// The model is read as BudouX reads it: for the 2015 document's project and field names and the examples of
    /// line-breaking faults, the places BudouX's own parser gives (budoux-expected.json, made by budoux-expected.js).
    /// </summary>
    [Fact]
    public void The_model_gives_the_phrases_BudouX_gives()
    {
        var path = Path.Combine(Repository.Root, "tests", "MoriokaSite.Tests", "Text", "budoux-expected.json");
        var expected = JsonSerializer.Deserialize<List<Expected>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.True(expected.Count > 100, "the expected phrases cover the names of a real document");
        var differing = expected
            .Select(e => (e.Sentence, e.Phrases, Ours: Cut(e.Sentence, Segmenter.ModelBoundaries(e.Sentence))))
            .Where(x => !x.Phrases.SequenceEqual(x.Ours))
            .Select(x => $"{x.Sentence}: BudouX {string.Join('|', x.Phrases)}, ours {string.Join('|', x.Ours)}")
            .ToList();
        Assert.True(differing.Count == 0, string.Join('\n', differing));
    }

    [Theory]
    [InlineData("製麺工業と農業の連携の促進について", "製麺工業と|農業の|連携の|促進に|ついて")]
    [InlineData("（仮称）盛岡広域連携中枢都市圏ビジョン", "（仮称）|盛岡広域連携中枢都市圏|ビジョン")] // a compound too long for a phone: its katakana word may go to the next line
    [InlineData("岩手山麓サイクルツーリズム推進事業", "岩手山麓|サイクルツーリズム|推進事業")] // never サイクルツ|ーリズム
    [InlineData("盛岡市産学共同研究事業補助金", "盛岡|市|産|学|共|同|研|究|事|業|補|助金")] // longer than any heading line: the browser balances it, never leaving 金 alone
    [InlineData("観光ルート", "観光ルート")] // short enough for any line: kept whole
    public void Lines_may_break_between_phrases_and_between_the_words_of_a_long_compound(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Segmenter.Phrases(text)));

    [Fact]
    public void No_place_breaks_against_kinsoku()
    {
        var sentences = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "MoriokaSite.Tests", "Text", "budoux-sentences.txt"))
            .Append("「見える化」の推進、（仮称）ネットワーク・センターっぽいショー").Append("ｶﾀｶﾅとＡＢＣ、ｰ長音");
        foreach (var sentence in sentences)
        {
            Assert.All(Segmenter.Boundaries(sentence), i => Assert.True(JapaneseLines.MayBreakBetween(sentence[i - 1], sentence[i]), $"{sentence[..i]}|{sentence[i..]}"));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("盛")]
    [InlineData("𠮷野家の牛丼")] // a character outside the BMP is never split in two
    public void Short_and_surrogate_texts_are_cut_whole(string text)
    {
        var boundaries = Segmenter.Boundaries(text);
        Assert.All(boundaries, i => Assert.False(char.IsLowSurrogate(text[i])));
        Assert.Equal(text, string.Concat(Segmenter.Phrases(text)));
    }

    private static List<string> Cut(string text, IEnumerable<int> boundaries)
    {
        var phrases = new List<string>();
        var start = 0;
        foreach (var b in boundaries)
        {
            phrases.Add(text[start..b]);
            start = b;
        }

        phrases.Add(text[start..]);
        return phrases;
    }

    private sealed record Expected(string Sentence, List<string> Phrases);
}

using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace MoriokaSite.Text.Phrases;

/// <summary>
/// Where Japanese text may break between phrases (文節), so that a heading never splits 連携 or サイクルツーリズム:
/// BudouX's model and scoring, read the way its own parser reads them, so that a page breaks where Chromium's
/// <c>word-break: auto-phrase</c> (built on the same model) would, in every browser. Places the model finds are
/// kept only where Japanese line-breaking rules (禁則) allow a break.
/// </summary>
public sealed class PhraseSegmenter
{
    private static readonly Lazy<PhraseSegmenter> Japanese = new(() => Load("MoriokaSite.Text.Phrases.budoux-ja.json"));

    // The model's feature groups: UW = one character, BW = two, TW = three, each at a fixed offset from the place scored.
    private static readonly (string Name, int From, int To)[] Features =
    [
        ("UW1", -3, -2), ("UW2", -2, -1), ("UW3", -1, 0), ("UW4", 0, 1), ("UW5", 1, 2), ("UW6", 2, 3),
        ("BW1", -2, 0), ("BW2", -1, 1), ("BW3", 0, 2),
        ("TW1", -3, 0), ("TW2", -2, 1), ("TW3", -1, 2), ("TW4", 0, 3),
    ];

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] scores;
    private readonly long totalWeight;

    private PhraseSegmenter(FrozenDictionary<string, int>[] groups)
    {
        scores = groups.Select(group => group.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        totalWeight = groups.Sum(group => group.Values.Sum(weight => (long)weight));
    }

    /// <summary>The segmenter for Japanese.</summary>
    public static PhraseSegmenter ForJapanese => Japanese.Value;

    /// <summary>A phrase longer than this may not fit a phone's line: it may break between its kanji and katakana words.</summary>
    private const int LongPhrase = 8;

    /// <summary>
    /// A piece longer than this fits no phone's heading line (盛岡市産学共同研究事業補助金) and the model, which knows
    /// phrases and not the words inside a kanji compound, cannot say where it should break: it may break at any
    /// place, so that the browser balances its lines instead of leaving the last character alone.
    /// </summary>
    private const int LongerThanALine = 12;

    /// <summary>
    /// The indexes in <paramref name="text"/> where a line may break (never 0), in order: where a phrase begins;
    /// inside a phrase too long for a narrow line, where its words change between kanji and katakana (岩手山麓｜
    /// サイクルツーリズム｜推進事業); and inside a piece still longer than any heading line, anywhere but inside a
    /// katakana word or next to its first or last character. Every place obeys 禁則, so the browser never has to cut
    /// a name at an arbitrary place, which may be before a ー.
    /// </summary>
    public IReadOnlyList<int> Boundaries(string text)
    {
        var places = new SortedSet<int>(ModelBoundaries(text).Where(i => MayBreakAt(text, i)));
        AddInsideLongPieces(text, places, LongPhrase, i => Script(text[i - 1]) * Script(text[i]) == 2);
        AddInsideLongPieces(text, places, LongerThanALine, i => !(Script(text[i - 1]) == 2 && Script(text[i]) == 2));
        return [.. places];
    }

    private static void AddInsideLongPieces(string text, SortedSet<int> places, int longerThan, Func<int, bool> mayBreak)
    {
        var starts = places.Prepend(0).Append(text.Length).ToList();
        for (var p = 0; p + 1 < starts.Count; p++)
        {
            var (start, end) = (starts[p], starts[p + 1]);
            if (end - start > longerThan)
            {
                places.UnionWith(Enumerable.Range(start + 2, Math.Max(0, end - start - 3)).Where(i => MayBreakAt(text, i) && mayBreak(i)));
            }
        }
    }

    /// <summary>Where the model alone puts a phrase's start: what BudouX's own parser returns for the same text.</summary>
    internal IEnumerable<int> ModelBoundaries(string text) => Enumerable.Range(1, Math.Max(0, text.Length - 1)).Where(i => Score(text, i) > 0);

    private static bool MayBreakAt(string text, int i) => JapaneseLines.MayBreakBetween(text[i - 1], text[i]) && !char.IsLowSurrogate(text[i]);

    /// <summary>1 for kanji, 2 for katakana (with ー), 0 for anything else: the two scripts compound nouns are joined from.</summary>
    private static int Script(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々' or '〆' => 1,
        >= '\u30A0' and <= '\u30FF' => 2,
        _ => 0,
    };

    /// <summary>The text cut into its phrases.</summary>
    public IReadOnlyList<string> Phrases(string text)
    {
        var phrases = new List<string>();
        var start = 0;
        foreach (var boundary in Boundaries(text))
        {
            phrases.Add(text[start..boundary]);
            start = boundary;
        }

        if (start < text.Length)
        {
            phrases.Add(text[start..]);
        }

        return phrases;
    }

    /// <summary>
    /// As BudouX: a place starts at minus half of every weight in the model, and a phrase begins where the weights
    /// it earns take it above zero. Counted twice over, so that the half stays exact.
    /// </summary>
    private long Score(string text, int at)
    {
        long earned = 0;
        for (var f = 0; f < Features.Length; f++)
        {
            var (_, from, to) = Features[f];
            // JavaScript's substring clamps to the text: near either end a feature reads fewer characters and matches nothing.
            var start = Math.Clamp(at + from, 0, text.Length);
            var end = Math.Clamp(at + to, 0, text.Length);
            if (end > start && scores[f].TryGetValue(text.AsSpan(start, end - start), out var weight))
            {
                earned += weight;
            }
        }

        return (2 * earned) - totalWeight;
    }

    private static PhraseSegmenter Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The phrase model {resource} is not built into the generator.");
        var model = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, int>>>(stream)
            ?? throw new InvalidOperationException($"The phrase model {resource} is empty.");
        var groups = Features.Select(f => (model.TryGetValue(f.Name, out var group) ? group : []).ToFrozenDictionary(StringComparer.Ordinal)).ToArray();
        return new PhraseSegmenter(groups);
    }
}

using System.Globalization;
using System.Text;
using MoriokaSite.Text;

namespace MoriokaSite.Search;

/// <summary>
/// The words 「もしかして」 may suggest. Japanese writes no spaces, so a word here is a run of one script:
/// kanji (観光, 広域連携), katakana (インターンシップ) or Latin letters and digits (ICT); kanji runs also give
/// each of their two-kanji words (広域連携 → 広域, 域連, 連携), since most compounds are made of those.
/// Hiragana runs are grammar (の, について) and are left out.
/// </summary>
public static class SearchVocabulary
{
    private enum Script
    {
        Other,
        Kanji,
        Katakana,
        Latin,
    }

    /// <summary>Every word of at least two characters, ordered by word (ordinal), with the documents holding it.</summary>
    public static IReadOnlyList<VocabularyWord> Of(IReadOnlyList<SearchDocument> documents)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in new[] { document.Name, document.Labels, document.Summary })
            {
                words.UnionWith(Words(text.Normalize(NormalizationForm.FormKC)));
            }

            foreach (var word in words)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new VocabularyWord(c.Key, c.Value)).ToList();
    }

    /// <summary>The words of one text: runs of one script, two characters or more.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var run = new List<string>();
        var script = Script.Other;
        foreach (var rune in text.EnumerateRunes().Append(new Rune(' ')))
        {
            var next = ScriptOf(rune);
            if (next != script || next == Script.Other)
            {
                foreach (var word in WordsOf(run, script))
                {
                    yield return word;
                }

                run.Clear();
                script = next;
            }

            if (next != Script.Other)
            {
                run.Add(rune.ToString());
            }
        }
    }

    private static IEnumerable<string> WordsOf(List<string> run, Script script)
    {
        if (run.Count < 2 || TextNormalizer.Fold(string.Concat(run)).Length < 2)
        {
            yield break;
        }

        yield return string.Concat(run);
        if (script == Script.Kanji && run.Count > 2)
        {
            for (var i = 0; i + 1 < run.Count; i++)
            {
                yield return run[i] + run[i + 1];
            }
        }
    }

    private static Script ScriptOf(Rune rune) => rune.Value switch
    {
        (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF) or 0x3005 => Script.Kanji,
        (>= 0x30A1 and <= 0x30FA) or 0x30FC => Script.Katakana,
        _ when rune.IsAscii && Rune.IsLetterOrDigit(rune) => Script.Latin,
        _ => Script.Other,
    };
}

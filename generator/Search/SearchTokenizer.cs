using System.Globalization;
using System.Text;

namespace MoriokaSite.Search;

/// <summary>
/// Japanese has no spaces between words, so search does not look for words: it indexes every
/// character and every pair of neighbouring characters (bigrams) of folded text. A query of two or
/// more characters matches when all its bigrams do, wherever they sit inside a word (観光 finds
/// 広域観光キャンペーン); a one-character query uses the single characters. search.js tokenizes
/// with the same rules, so build time and browser never disagree about what a word is.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Runs of letters, digits and marks in folded text; spaces and punctuation (、。・「」（）) separate them.</summary>
    public static IReadOnlyList<string> Runs(string folded)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        foreach (var rune in folded.EnumerateRunes())
        {
            if (IsWordCharacter(rune))
            {
                run.Append(rune.ToString());
            }
            else if (run.Length > 0)
            {
                runs.Add(run.ToString());
                run.Clear();
            }
        }

        if (run.Length > 0)
        {
            runs.Add(run.ToString());
        }

        return runs;
    }

    /// <summary>What a query run looks up: its bigrams, or the run itself when it is one character.</summary>
    public static IReadOnlyList<string> QueryGrams(string run)
    {
        var characters = Characters(run);
        if (characters.Count == 1)
        {
            return characters;
        }

        var grams = new List<string>(characters.Count - 1);
        for (var i = 0; i + 1 < characters.Count; i++)
        {
            grams.Add(characters[i] + characters[i + 1]);
        }

        return grams.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Everything a text is found by: each character and each bigram of each of its runs.</summary>
    public static IEnumerable<string> IndexGrams(string folded)
    {
        foreach (var run in Runs(folded))
        {
            var characters = Characters(run);
            for (var i = 0; i < characters.Count; i++)
            {
                yield return characters[i];
                if (i + 1 < characters.Count)
                {
                    yield return characters[i] + characters[i + 1];
                }
            }
        }
    }

    /// <summary>Code points, not UTF-16 units: a character outside the BMP (𠮷) is one character in both languages.</summary>
    private static List<string> Characters(string run) => run.EnumerateRunes().Select(r => r.ToString()).ToList();

    private static bool IsWordCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };
}

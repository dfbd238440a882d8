using System.Globalization;
using System.Text;

namespace MoriokaSite.Text;

/// <summary>
/// The one place where text typed by staff is tidied before it becomes data.
/// Only harmless changes are made: the meaning of a cell never changes here.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Line ends as LF, and no surrounding spaces (half- or full-width) on the cell or on its lines.</summary>
    public static string Cell(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        // Excel writes CRLF inside multi-line cells (Alt+Enter); the site always uses LF.
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return string.Join('\n', lines.Select(TrimSpaces)).Trim('\n');
    }

    /// <summary>Trims ASCII and ideographic (full-width) spaces, which Japanese IMEs insert easily.</summary>
    public static string TrimSpaces(string value) => value.Trim(' ', '\t', '\u3000');

    /// <summary>Splits a list cell on the separators people type: 、 ， , ・ half- and full-width spaces, line breaks.</summary>
    public static IReadOnlyList<string> SplitList(string cell) =>
        cell.Split(['、', '，', ',', '・', ' ', '\u3000', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Text as search compares it: NFKC (ＩＣＴ → ICT, ｲﾝﾀｰﾝ → インターン) and lower case, one cluster at a time.
    /// The browser's search.js folds with the same rule; a test compares the two over every character
    /// the site uses. Per cluster, so that a position in the folded text maps back to the original
    /// (for highlighting), and so that JavaScript's context-dependent casing (final sigma) never applies.
    /// </summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var cluster in Clusters(text))
        {
            foreach (var rune in cluster.Normalize(NormalizationForm.FormKC).EnumerateRunes())
            {
                folded.Append(LowerCase(rune).ToString());
            }
        }

        return folded.ToString();
    }

    /// <summary>
    /// A code point with the marks that combine with it. Half-width ﾞ and ﾟ are letters, not marks, in
    /// Unicode, but NFKC joins them to the kana before them (ﾊﾞ → バ), so they belong to its cluster.
    /// </summary>
    public static IEnumerable<string> Clusters(string text)
    {
        var cluster = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (cluster.Length > 0 && !Combines(rune))
            {
                yield return cluster.ToString();
                cluster.Clear();
            }

            cluster.Append(rune.ToString());
        }

        if (cluster.Length > 0)
        {
            yield return cluster.ToString();
        }
    }

    /// <summary>
    /// Simple (one code point) lower-casing; search.js takes the first code point of toLowerCase(). The
    /// invariant culture leaves İ (U+0130) as it is, where JavaScript gives i and a combining dot: both say i.
    /// </summary>
    private static Rune LowerCase(Rune rune) => rune.Value == 0x130 ? new Rune('i') : Rune.ToLowerInvariant(rune);

    private static bool Combines(Rune rune) =>
        rune.Value is 0xFF9E or 0xFF9F
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

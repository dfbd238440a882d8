using System.Globalization;
using System.Text;

namespace MoriokaSite.Text;

/// <summary>
/// The one place where text typed by staff is tidied before it becomes data.
/// Only harmless changes are made: the meaning of a cell never changes here.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Line ends as LF, no surrounding spaces (half- or full-width) on the cell or on its lines, and no
    /// invisible characters (<see cref="InvisibleAt"/>): loading reports those, and what it passes on is clean.
    /// </summary>
    public static string Cell(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        // Excel writes CRLF inside multi-line cells (Alt+Enter); the site always uses LF.
        var lines = WithoutInvisible(raw).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return string.Join('\n', lines.Select(TrimSpaces)).Trim('\n');
    }

    /// <summary>Trims ASCII and ideographic (full-width) spaces, which Japanese IMEs insert easily.</summary>
    public static string TrimSpaces(string value) => value.Trim(' ', '\t', '\u3000');

    /// <summary>Splits a list cell on the separators people type: 、 ， , ・ half- and full-width spaces, line breaks.</summary>
    public static IReadOnlyList<string> SplitList(string cell) =>
        cell.Split(['、', '，', ',', '・', ' ', '\u3000', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Where the first character that is never text starts, or -1. These are the C0 controls except tab
    /// and line ends (a vertical tab or a form feed comes with text pasted from PDFs and word processors,
    /// a NUL from a broken export), DEL and the C1 controls, the noncharacters (U+FFFE, U+FFFF, U+FDD0…)
    /// and halves of surrogate pairs left alone. XML refuses them (the feed), HTML calls them errors, and
    /// Unicode normalization throws on some: they must never reach a page. So are the invisible controls of
    /// writing direction (U+202E RIGHT-TO-LEFT OVERRIDE and its kin): Japanese never needs them, and one in a
    /// town's name turns the text after it backwards on every page that names the town.
    /// </summary>
    public static int InvisibleAt(string text, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done
                || IsNeverText(rune.Value))
            {
                return i;
            }

            i += length - 1;
        }

        return -1;
    }

    /// <summary>The code point at <paramref name="index"/> as Unicode writes it (U+000B), for messages.</summary>
    public static string CodePoint(string text, int index) =>
        "U+" + (char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text, index) : text[index]).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>Up to ten visible characters before <paramref name="index"/>, on its line, to show staff where an invisible one is.</summary>
    public static string VisibleBefore(string text, int index)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var before = TrimSpaces(WithoutInvisible(text[lineStart..index]));
        var elements = new StringInfo(before);
        return elements.LengthInTextElements <= 10 ? before : "…" + elements.SubstringByTextElements(elements.LengthInTextElements - 10);
    }

    /// <summary>The text without the characters <see cref="InvisibleAt"/> finds.</summary>
    public static string WithoutInvisible(string text)
    {
        var at = InvisibleAt(text);
        if (at < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        var from = 0;
        while (at >= 0)
        {
            clean.Append(text, from, at - from);
            from = at + (char.IsSurrogatePair(text, at) ? 2 : 1);
            at = InvisibleAt(text, from);
        }

        return clean.Append(text, from, text.Length - from).ToString();
    }

    private static bool IsNeverText(int c) =>
        c is (< 0x20 and not ('\t' or '\n' or '\r')) or (>= 0x7F and <= 0x9F) or (>= 0xFDD0 and <= 0xFDEF)
        || (c & 0xFFFE) == 0xFFFE
        || IsDirectionControl(c);

    /// <summary>The arabic letter mark, the left-to-right and right-to-left marks, embeddings, overrides and isolates.</summary>
    private static bool IsDirectionControl(int c) =>
        c is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>
    /// Text as search compares it: NFKC (ＩＣＴ → ICT, ｲﾝﾀｰﾝ → インターン), lower case and kana folded
    /// (<see cref="KanaFolding"/>: スキー → すき), one cluster at a time.
    /// The browser's search.js folds with the same rule; a test compares the two over every character
    /// the site uses. Per cluster, so that a position in the folded text maps back to the original
    /// (for highlighting), and so that JavaScript's context-dependent casing (final sigma) never applies.
    /// </summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var cluster in Clusters(text))
        {
            // .NET refuses to normalize some noncharacters (U+FFFE) where JavaScript leaves them as they are.
            // Loading keeps them out of the data; this only keeps a stray one from stopping a build.
            var normalized = InvisibleAt(cluster) < 0 ? cluster.Normalize(NormalizationForm.FormKC) : cluster;
            foreach (var rune in normalized.EnumerateRunes())
            {
                KanaFolding.Append(folded, LowerCase(rune));
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

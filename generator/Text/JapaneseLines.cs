namespace MoriokaSite.Text;

/// <summary>
/// Where a line of Japanese may break (禁則処理, JIS X 4051): never before ー, small kana, 、。 or a closing bracket,
/// never after an opening bracket, and never inside a run of Latin letters or digits. Used where the generator lays
/// out text itself (a chart's labels); the browser does the same for HTML.
/// </summary>
public static class JapaneseLines
{
    private const string NoLineStart = "ー―‐〜～ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ、。，．,.・：；:;！？!?）」』】〕｝〉》〙〗］)]}’”%％";
    private const string NoLineEnd = "（「『【〔｛〈《〘〖［([{‘“";

    public static bool MayNotStartLine(char c) => NoLineStart.Contains(c, StringComparison.Ordinal);

    public static bool MayNotEndLine(char c) => NoLineEnd.Contains(c, StringComparison.Ordinal);

    /// <summary>Whether a line may break between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static bool MayBreakBetween(char before, char after) =>
        !MayNotStartLine(after) && !MayNotEndLine(before) && !(IsWordCharacter(before) && IsWordCharacter(after));

    /// <summary>
    /// How wide a character is, in ems of the font: a full-width character one, a half-width one a little over half.
    /// An estimate that errs wide, so that a wrapped line never runs past its box.
    /// </summary>
    public static double Width(char c) => c < 0x2E80 || (c >= 0xFF61 && c <= 0xFF9F) ? 0.62 : 1.0;

    public static double Width(string text) => text.Sum(Width);

    /// <summary>
    /// The text cut into lines of at most <paramref name="maxEms"/> ems, each break at the last place the rules allow
    /// (a line longer than the box, with no place to break, stays whole: better wide than split inside a word).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxEms)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var width = 0.0;
            var end = start;
            while (end < text.Length && width + Width(text[end]) <= maxEms)
            {
                width += Width(text[end]);
                end++;
            }

            if (end >= text.Length)
            {
                lines.Add(text[start..].Trim());
                break;
            }

            var cut = end;
            while (cut > start + 1 && !MayBreakBetween(text[cut - 1], text[cut]))
            {
                cut--;
            }

            if (cut <= start + 1)
            {
                cut = end;
                while (cut < text.Length && !MayBreakBetween(text[cut - 1], text[cut]))
                {
                    cut++;
                }
            }

            lines.Add(text[start..cut].Trim());
            start = cut;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }
        }

        return lines;
    }

    private static bool IsWordCharacter(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : (c >= 0xFF10 && c <= 0xFF5A && char.IsLetterOrDigit(c));
}

namespace MoriokaSite.Commands;

/// <summary>
/// Text from the files, made safe to print. A cell or a file name is data: a line break in it must
/// not start a line that GitHub Actions obeys as a workflow command (::error file=…), and an escape
/// sequence in it must not move the cursor, recolour or retitle the terminal of whoever reads it.
/// </summary>
public static class PrintedText
{
    /// <summary>The line-break mark printed where a value has a line break: the line stays one line.</summary>
    public const string LineBreak = "⏎";

    /// <summary>One line: each line break (CR, LF, CRLF and Unicode's others) shown as ⏎, other controls removed.</summary>
    public static string OneLine(string text) => WithoutControls(text.ReplaceLineEndings(LineBreak));

    /// <summary>
    /// ESC and every other C0 and C1 control removed but tab, CR and LF (for a workflow command's data,
    /// which escapes those itself); and the bidirectional overrides and isolates, which make a
    /// terminal show text in another order than it is.
    /// </summary>
    public static string WithoutControls(string text) =>
        text.Any(IsRemoved) ? string.Concat(text.Where(c => !IsRemoved(c))) : text;

    private static bool IsRemoved(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

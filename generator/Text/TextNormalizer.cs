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
}

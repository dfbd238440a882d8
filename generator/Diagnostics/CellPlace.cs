namespace MoriokaSite.Diagnostics;

/// <summary>
/// Where a CSV cell is in Excel's terms: the row number Excel shows and the column's letter and heading.
/// The text line of <see cref="SourceLocation"/> is for editors and CI; staff open the file in Excel, where a
/// cell with line breaks (Alt+Enter) is one row, so the two numbers differ below such a cell.
/// </summary>
/// <param name="Row">Excel's row number: the heading row is 1.</param>
/// <param name="Column">The column's letter (A, B, … Z, AA …), or null for a place that is a whole row.</param>
/// <param name="Heading">The column's heading, or empty when the cell lies beyond the last heading.</param>
public sealed record CellPlace(int Row, string? Column, string Heading)
{
    /// <summary>「53行目・E列（分野）」 / Row 53, column E ("分野").</summary>
    public Phrase Describe()
    {
        if (Column is null)
        {
            return new Phrase($"{Row}行目", $"Row {Row}");
        }

        return Heading.Length == 0
            ? new Phrase($"{Row}行目・{Column}列", $"Row {Row}, column {Column}")
            : new Phrase($"{Row}行目・{Column}列（{Heading}）", $"Row {Row}, column {Column} (\"{Heading}\")");
    }

    /// <summary>The letter Excel gives the column at a 0-based index: A … Z, AA … AZ, BA ….</summary>
    public static string Letter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

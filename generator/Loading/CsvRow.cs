using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>One record of a CSV file, its cells addressed by column name.</summary>
public sealed class CsvRow(CsvTable table, SourceLocation location, IReadOnlyList<CsvCell> cells)
{
    public SourceLocation Location { get; } = location;

    public IReadOnlyList<CsvCell> Cells { get; } = cells;

    public int Line => Location.Line;

    /// <summary>The cell under the named column; an empty cell at the row's end when the row is short.</summary>
    public CsvCell this[string column]
    {
        get
        {
            var index = table.ColumnIndex(column);
            if (index >= 0 && index < Cells.Count)
            {
                return Cells[index];
            }

            var end = Cells.Count > 0 ? Cells[^1].Location : Location;
            return new CsvCell(string.Empty, end);
        }
    }
}

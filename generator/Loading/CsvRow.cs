using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>One record of a CSV file, its cells addressed by column name.</summary>
public sealed class CsvRow(CsvTable table, SourceLocation location, IReadOnlyList<CsvCell> cells)
{
    public SourceLocation Location { get; } = location;

    public IReadOnlyList<CsvCell> Cells { get; } = cells;

    public int Line => Location.Line;

    /// <summary>The row number Excel shows for this record; the text line differs below a cell with line breaks.</summary>
    public int ExcelRow => Location.Cell?.Row ?? Location.Line;

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

            // Excel shows the missing cell in its own column, whatever the text line says.
            var end = Cells.Count > 0 ? Cells[^1].Location : Location;
            var place = index >= 0 && Location.Cell is { } row ? new CellPlace(row.Row, CellPlace.Letter(index), column) : end.Cell;
            return new CsvCell(string.Empty, end with { Cell = place });
        }
    }
}

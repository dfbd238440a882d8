using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>A CSV file as read: its header and its non-empty rows, each cell with its position.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    public CsvTable(string path, IReadOnlyList<CsvCell> header, Func<CsvTable, IReadOnlyList<CsvRow>> rows)
    {
        Path = path;
        Header = header;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!header[i].IsEmpty)
            {
                _columns.TryAdd(header[i].Value, i);
            }
        }

        Rows = rows(this);
    }

    public string Path { get; }

    public IReadOnlyList<CsvCell> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The number of named columns; trailing empty header cells (an Excel habit) do not count.</summary>
    public int NamedColumnCount => Header.Count(h => !h.IsEmpty);

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    public int ColumnIndex(string name) => _columns.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Reports each required column that the header lacks; true when none is missing.</summary>
    public bool RequireColumns(IReadOnlyList<string> required, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var column in required.Where(c => !HasColumn(c)))
        {
            diagnostics.Error(SourceLocation.StartOf(Path), Problems.ColumnMissing(column, required));
            ok = false;
        }

        return ok;
    }
}

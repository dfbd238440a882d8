using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MoriokaSite.Diagnostics;
using MoriokaSite.Text;

namespace MoriokaSite.Loading;

/// <summary>Reads a CSV file into a <see cref="CsvTable"/>, keeping each cell's line and column for diagnostics.</summary>
public static class CsvLoader
{
    public static CsvTable? Load(string root, string relativePath, Phrase description, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(root, relativePath, description, diagnostics);
        return text is null ? null : Parse(relativePath, text, diagnostics);
    }

    public static CsvTable? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            Mode = CsvMode.RFC4180,
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };

        var records = new List<(SourceLocation Start, IReadOnlyList<CsvCell> Cells)>();
        using var parser = new CsvParser(new StringReader(text), config);
        try
        {
            while (parser.Read())
            {
                var raw = parser.RawRecord;
                var startLine = parser.RawRow - CountLineBreaks(raw.TrimEnd('\r', '\n'));
                var positions = CellStarts(raw, startLine);
                var fields = parser.Record ?? [];
                var cells = new List<CsvCell>(fields.Length);
                for (var i = 0; i < fields.Length; i++)
                {
                    var (line, column) = i < positions.Count ? positions[i] : (startLine, 1);
                    cells.Add(new CsvCell(TextNormalizer.Cell(fields[i]), new SourceLocation(path, line, column)));
                }

                records.Add((new SourceLocation(path, startLine, 1), cells));
            }
        }
        catch (CsvHelperException e)
        {
            diagnostics.Error(new SourceLocation(path, Math.Max(1, parser.RawRow), 1), Problems.CsvSyntax(e.GetType().Name));
            return null;
        }

        if (records.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(path), Problems.HeaderMissing());
            return null;
        }

        var header = records[0].Cells;
        return new CsvTable(path, header, table => records
            .Skip(1)
            .Where(r => r.Cells.Any(c => !c.IsEmpty)) // Excel leaves empty rows at the end of a sheet.
            .Select(r =>
            {
                ReportExtraCells(table, r.Cells, diagnostics);
                return new CsvRow(table, r.Start, r.Cells);
            })
            .ToList());
    }

    private static void ReportExtraCells(CsvTable table, IReadOnlyList<CsvCell> cells, DiagnosticBag diagnostics)
    {
        // Empty trailing cells are harmless (Excel pads rows); a value beyond the last named column is lost data.
        for (var i = table.Header.Count; i < cells.Count; i++)
        {
            if (!cells[i].IsEmpty)
            {
                diagnostics.Error(cells[i].Location, Problems.ExtraCells(table.NamedColumnCount));
                return;
            }
        }
    }

    private static int CountLineBreaks(string s) => s.Count(c => c == '\n');

    /// <summary>Where each cell of a raw record starts: CsvHelper gives the cells' text but not their positions.</summary>
    private static List<(int Line, int Column)> CellStarts(string raw, int startLine)
    {
        var starts = new List<(int, int)> { (startLine, 1) };
        int line = startLine, column = 1;
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                quoted = !quoted; // An escaped quote ("") toggles twice and leaves the state unchanged.
            }
            else if (c == ',' && !quoted)
            {
                starts.Add((line, column + 1));
            }

            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else if (c != '\r')
            {
                column++;
            }
        }

        return starts;
    }
}

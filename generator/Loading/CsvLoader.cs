using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MoriokaSite.Diagnostics;
using MoriokaSite.Text;

namespace MoriokaSite.Loading;

/// <summary>Reads a CSV file into a <see cref="CsvTable"/>, keeping each cell's line and column for diagnostics.</summary>
public static class CsvLoader
{
    /// <param name="dateColumn">An optional column of dates the file may have: named in the hint when a value past the last heading looks like a date.</param>
    public static CsvTable? Load(string root, string relativePath, Phrase description, DiagnosticBag diagnostics, string? dateColumn = null)
    {
        var text = SourceFile.ReadText(root, relativePath, description, diagnostics);
        return text is null ? null : Parse(relativePath, text, diagnostics, dateColumn);
    }

    public static CsvTable? Parse(string path, string text, DiagnosticBag diagnostics, string? dateColumn = null)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            Mode = CsvMode.RFC4180,
            DetectColumnCountChanges = false,
            BadDataFound = null, // Reported by Quoting, at the row where the quotation mark goes wrong.
        };

        var records = new List<(SourceLocation Start, IReadOnlyList<CsvCell> Cells)>();
        using var parser = new CsvParser(new StringReader(text), config);

        // Excel shows a cell with line breaks as one row: its row numbers are the text lines less the
        // line breaks inside the cells above. (An empty line is an empty row in Excel, and a line here.)
        var breaksInsideCells = 0;
        try
        {
            while (parser.Read())
            {
                var raw = parser.RawRecord;
                var insideBreaks = CountLineBreaks(raw.TrimEnd('\r', '\n'));
                var startLine = parser.RawRow - insideBreaks;
                var excelRow = startLine - breaksInsideCells;
                breaksInsideCells += insideBreaks;

                // A quotation mark left open swallows the rows after it into one cell: say so at the row
                // where it opens, rather than report the mangled rows that follow.
                var quoting = Quoting(raw);
                if (quoting != QuoteState.Closed)
                {
                    // A cell left open runs to the end of the file: its last line break is the cell's, not the record's end.
                    var opened = quoting == QuoteState.Open ? parser.RawRow - CountLineBreaks(raw) : startLine;
                    diagnostics.Error(new SourceLocation(path, Math.Max(1, opened), 1), Problems.CsvSyntax());
                    return null;
                }

                var positions = CellStarts(raw, startLine);
                var fields = parser.Record ?? [];
                var cells = new List<CsvCell>(fields.Length);
                for (var i = 0; i < fields.Length; i++)
                {
                    var (line, column) = i < positions.Count ? positions[i] : (startLine, 1);
                    var heading = records.Count == 0 ? fields[i] : HeadingAt(records[0].Cells, i);
                    var location = new SourceLocation(path, line, column) { Cell = new CellPlace(excelRow, CellPlace.Letter(i), TextNormalizer.Cell(heading)) };
                    ReportInvisible(fields[i], location, diagnostics);
                    cells.Add(new CsvCell(TextNormalizer.Cell(fields[i]), location));
                }

                records.Add((new SourceLocation(path, startLine, 1) { Cell = new CellPlace(excelRow, null, string.Empty) }, cells));
            }
        }
        catch (CsvHelperException)
        {
            diagnostics.Error(new SourceLocation(path, Math.Max(1, parser.RawRow), 1), Problems.CsvSyntax());
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
                ReportExtraCells(table, r.Cells, dateColumn, diagnostics);
                return new CsvRow(table, r.Start, r.Cells);
            })
            .ToList());
    }

    /// <summary>
    /// Reports the first invisible character of a cell, once: the cell's text is typed again as a whole.
    /// The cell keeps its text without it, so that the checks after this one see what staff see.
    /// </summary>
    private static void ReportInvisible(string value, SourceLocation cell, DiagnosticBag diagnostics)
    {
        var at = TextNormalizer.InvisibleAt(value);
        if (at >= 0)
        {
            diagnostics.Error(cell, Problems.InvisibleCharacterInCell(TextNormalizer.CodePoint(value, at), TextNormalizer.VisibleBefore(value, at)));
        }
    }

    private static void ReportExtraCells(CsvTable table, IReadOnlyList<CsvCell> cells, string? dateColumn, DiagnosticBag diagnostics)
    {
        // Empty trailing cells are harmless (Excel pads rows); a value beyond the last named column is lost data.
        for (var i = table.Header.Count; i < cells.Count; i++)
        {
            if (!cells[i].IsEmpty)
            {
                // The optional date column is the one staff add by typing dates without its heading.
                var missingHeading = dateColumn is not null && !table.HasColumn(dateColumn) && LooksLikeDate(cells[i].Value) ? dateColumn : null;
                var problem = missingHeading is null
                    ? Problems.ExtraCells(table.NamedColumnCount)
                    : Problems.DateWithoutHeading(table.NamedColumnCount, cells[i].Value, missingHeading, CellPlace.Letter(i));
                diagnostics.Error(cells[i].Location, problem);
                return;
            }
        }
    }

    /// <summary>2016-04-01, 2016/4/1 (as Excel rewrites it) or 2016年4月1日, in half- or full-width digits.</summary>
    private static bool LooksLikeDate(string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            value.Normalize(System.Text.NormalizationForm.FormKC),
            @"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$",
            System.Text.RegularExpressions.RegexOptions.None,
            TimeSpan.FromSeconds(1));

    private static string HeadingAt(IReadOnlyList<CsvCell> header, int index) => index < header.Count ? header[index].Value : string.Empty;

    private static int CountLineBreaks(string s) => s.Count(c => c == '\n');

    private enum QuoteState
    {
        Closed,
        Stray,
        Open,
    }

    /// <summary>
    /// Closed when every quotation mark of a raw record is where RFC 4180 (and Excel) puts them:
    /// opening a cell, doubled inside it, or closing it just before a comma or the line's end.
    /// CsvHelper reads the other cases without complaint, gluing rows together.
    /// </summary>
    private static QuoteState Quoting(string raw)
    {
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '"')
            {
                continue;
            }

            var next = i + 1 < raw.Length ? raw[i + 1] : '\n';
            if (!quoted)
            {
                if (i > 0 && raw[i - 1] != ',')
                {
                    return QuoteState.Stray; // A quotation mark in the middle of a cell that is not quoted.
                }

                quoted = true;
            }
            else if (next == '"')
            {
                i++; // "" is a quotation mark inside a quoted cell.
            }
            else if (next is ',' or '\r' or '\n')
            {
                quoted = false;
            }
            else
            {
                return QuoteState.Stray; // Text after a closing quotation mark: it closed too early, or another opened.
            }
        }

        return quoted ? QuoteState.Open : QuoteState.Closed;
    }

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

using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.History;

/// <summary>
/// One version of data/projects.csv's bytes → its rows by ID, read as the loader reads the file today: UTF-8
/// with or without a byte-order mark, or Excel's Shift_JIS; CRLF or LF; each cell tidied. Problems are not
/// reported: an old version is what it was, and only today's file is for staff to fix.
/// </summary>
internal static class VersionRows
{
    // The columns a reader sees change in; ProjectsBuilder.Columns names the file's columns.
    private const string Id = "ID";
    private static readonly string[] Columns = ["事業名", "事業概要", "分野", "区分", "関係市町", "タグ"];

    public static IReadOnlyDictionary<string, RowSnapshot>? Read(byte[] bytes)
    {
        var text = SourceFile.Decode(bytes);
        var table = text is null ? null : CsvLoader.Parse(SiteLoader.ProjectsPath, text, new DiagnosticBag());
        if (table is null || !table.HasColumn(Id))
        {
            return null;
        }

        var rows = new Dictionary<string, RowSnapshot>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row[Id].Value;
            if (id.Length > 0)
            {
                var cells = Columns.Select(c => row[c].Value).ToArray();
                rows.TryAdd(id, new RowSnapshot(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
            }
        }

        return rows;
    }
}

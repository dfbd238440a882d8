using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>
/// data/statuses.csv → the words for the three statuses. The statuses themselves are fixed (the national
/// outline's 既存・計画・検討): the file gives each its words, one row per status, no more, no less.
/// </summary>
internal static class StatusesBuilder
{
    public static readonly string[] Columns = ["ID", "表示名", "見出し"];

    public static IReadOnlyList<StatusLabel> Build(CsvTable? table, DiagnosticBag diagnostics)
    {
        if (table is null || !table.RequireColumns(Columns, diagnostics))
        {
            return [];
        }

        var keys = Labels.StatusKeys.Select(s => s.Key).ToList();
        var labels = new List<StatusLabel>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row["ID"];
            var ok = CellParsing.Required(id, "ID", diagnostics) & CellParsing.Required(row["表示名"], "表示名", diagnostics) & CellParsing.Required(row["見出し"], "見出し", diagnostics);
            ok &= Unique(row, words, diagnostics);
            CellParsing.WarnIfLong(row["表示名"], "表示名", diagnostics);
            CellParsing.WarnIfLong(row["見出し"], "見出し", diagnostics);
            if (id.IsEmpty)
            {
                continue;
            }

            var status = Labels.StatusKeys.FirstOrDefault(s => s.Key == id.Value);
            if (status.Key is null)
            {
                diagnostics.Error(id.Location, Problems.UnknownStatusId(id.Value, keys));
            }
            else if (!seen.TryAdd(id.Value, row.Line))
            {
                diagnostics.Error(id.Location, Problems.DuplicateId(id.Value, seen[id.Value]));
            }
            else if (ok)
            {
                labels.Add(new StatusLabel(status.Status, status.Key, row["表示名"].Value, row["見出し"].Value));
            }
        }

        foreach (var missing in keys.Where(k => !seen.ContainsKey(k)))
        {
            diagnostics.Error(SourceLocation.StartOf(table.Path), Problems.StatusMissing(missing, keys));
        }

        // In the outline's order (既存, 計画, 検討), whatever order the rows are in.
        return labels.OrderBy(l => l.Status).ToList();
    }

    /// <summary>
    /// Staff write a project's status by its 表示名 or its 見出し: a word that two statuses share would make
    /// the status a guess (the first row's), so each is checked against the other rows' words.
    /// </summary>
    private static bool Unique(CsvRow row, Dictionary<string, int> words, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var cell in new[] { row["表示名"], row["見出し"] }.Where(c => !c.IsEmpty).DistinctBy(c => c.Value))
        {
            if (!words.TryAdd(cell.Value, row.ExcelRow) && words[cell.Value] != row.ExcelRow)
            {
                diagnostics.Error(cell.Location, Problems.DuplicateStatusName(cell.Value, words[cell.Value]));
                ok = false;
            }
        }

        return ok;
    }
}

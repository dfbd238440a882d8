using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Model.Building;

/// <summary>data/towns.csv → the municipalities, in display order.</summary>
internal static class TownsBuilder
{
    public static readonly string[] Columns = ["ID", "名称", "よみ", "種別", "表示順"];

    public static IReadOnlyList<Town> Build(CsvTable? table, DiagnosticBag diagnostics)
    {
        if (table is null || !table.RequireColumns(Columns, diagnostics))
        {
            return [];
        }

        var towns = new List<Town>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var slug = row["ID"];
            var name = row["名称"];
            var order = CellParsing.Integer(row["表示順"], "表示順", diagnostics);
            var ok = Columns[..4].All(c => CellParsing.Required(row[c], c, diagnostics));
            if (!slug.IsEmpty && !CellParsing.IsSlug(slug.Value))
            {
                diagnostics.Error(slug.Location, Problems.IdFormat(slug.Value, "morioka"));
                ok = false;
            }
            else if (!slug.IsEmpty && CellParsing.IsReservedOnWindows(slug.Value))
            {
                diagnostics.Error(slug.Location, Problems.ReservedId(slug.Value));
                ok = false;
            }
            else if (!slug.IsEmpty && !seen.TryAdd(slug.Value, row.ExcelRow))
            {
                diagnostics.Error(slug.Location, Problems.DuplicateId(slug.Value, seen[slug.Value]));
                ok = false;
            }

            // Projects name their towns by name: with two of one name, a project's town would be a guess.
            if (!name.IsEmpty && !names.TryAdd(name.Value, row.ExcelRow))
            {
                diagnostics.Error(name.Location, Problems.DuplicateTownName(name.Value, names[name.Value]));
                ok = false;
            }

            if (ok && order is not null)
            {
                towns.Add(new Town(slug.Value, row["名称"].Value, row["よみ"].Value, row["種別"].Value, order.Value));
            }
        }

        return towns.OrderBy(t => t.Order).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
    }
}

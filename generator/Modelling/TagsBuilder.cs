using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>data/tags.csv → the marks of the 備考 column, in display order.</summary>
internal static class TagsBuilder
{
    public static readonly string[] Columns = ["ID", "表示名", "説明", "表示順"];

    public static IReadOnlyList<Tag> Build(CsvTable? table, DiagnosticBag diagnostics)
    {
        if (table is null || !table.RequireColumns(Columns, diagnostics))
        {
            return [];
        }

        var rows = new List<(string Key, string Short, string Description, int Order)>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row["ID"];
            var name = row["表示名"];
            var order = CellParsing.Integer(row["表示順"], "表示順", diagnostics);
            var ok = CellParsing.Required(id, "ID", diagnostics) & CellParsing.Required(name, "表示名", diagnostics) & CellParsing.Required(row["説明"], "説明", diagnostics);
            if (!id.IsEmpty && !CellParsing.IsSlug(id.Value))
            {
                diagnostics.Error(id.Location, Problems.IdFormat(id.Value, "economic-strategy"));
                ok = false;
            }
            else if (!id.IsEmpty && !ids.TryAdd(id.Value, row.Line))
            {
                diagnostics.Error(id.Location, Problems.DuplicateId(id.Value, ids[id.Value]));
                ok = false;
            }

            CellParsing.WarnIfLong(name, "表示名", diagnostics);

            // Staff write a tag by its name: with two of one name, a project's tag would be a guess.
            if (!name.IsEmpty && !names.TryAdd(name.Value, row.Line))
            {
                diagnostics.Error(name.Location, Problems.DuplicateTagName(name.Value, names[name.Value]));
                ok = false;
            }

            if (ok && order is not null)
            {
                rows.Add((id.Value, name.Value, row["説明"].Value, order.Value));
            }
        }

        return rows.OrderBy(r => r.Order).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select((r, i) => new Tag(r.Key, r.Short, r.Description, i)).ToList();
    }
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>data/pillars.csv → the three policy pillars and the areas of the third.</summary>
internal static class PillarsBuilder
{
    public static readonly string[] Columns = ["ID", "名称", "上位", "表示順"];

    /// <summary>Every pillar and area by slug; the top-level pillars are those without a parent.</summary>
    /// <param name="fields">The fields under each pillar or area, read once the fields exist (<see cref="Backlinks.FieldsUnder"/>).</param>
    public static IReadOnlyDictionary<string, Pillar> Build(CsvTable? table, Func<Pillar, IReadOnlyList<Field>> fields, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Pillar>(StringComparer.Ordinal);
        if (table is null || !table.RequireColumns(Columns, diagnostics))
        {
            return result;
        }

        if (table.Rows.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(table.Path), Problems.NoRows(new Phrase("政策の柱", "pillars")));
            return result;
        }

        // Read once every row is in: an area is built after its pillar.
        IReadOnlyList<Pillar> AreasOf(Pillar pillar) => result.Values.Where(a => a.Parent == pillar).OrderBy(a => a.Order).ToList();

        var rows = table.Rows.Where(r => CellParsing.Required(r["ID"], "ID", diagnostics) & CellParsing.Required(r["名称"], "名称", diagnostics)).ToList();

        // Parents first, so that an area can point at its pillar.
        foreach (var row in rows.OrderBy(r => r["上位"].IsEmpty ? 0 : 1))
        {
            var slug = row["ID"];
            var order = CellParsing.Integer(row["表示順"], "表示順", diagnostics);
            CellParsing.WarnIfLong(row["名称"], "名称", diagnostics);
            Pillar? parent = null;
            if (!row["上位"].IsEmpty && !result.TryGetValue(row["上位"].Value, out parent))
            {
                diagnostics.Error(row["上位"].Location, Problems.UnknownParent(row["上位"].Value, result.Values.Where(p => p.Parent is null).Select(p => p.Slug)));
                continue;
            }

            if (result.ContainsKey(slug.Value))
            {
                diagnostics.Error(slug.Location, Problems.DuplicateId(slug.Value, rows.First(r => r["ID"].Value == slug.Value).ExcelRow));
                continue;
            }

            if (order is not null)
            {
                result[slug.Value] = new Pillar(AreasOf, fields) { Slug = slug.Value, Name = row["名称"].Value, Order = order.Value, Parent = parent };
            }
        }

        return result;
    }
}

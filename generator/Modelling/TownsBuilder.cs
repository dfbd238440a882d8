using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>data/towns.csv → the municipalities, in display order, one of them the central city.</summary>
internal static class TownsBuilder
{
    public static readonly string[] Columns = ["ID", "名称", "よみ", "種別", "表示順", "中心市"];

    /// <summary>How the column 中心市 marks the central city; the other towns leave it empty.</summary>
    public const string CentralCityMark = "○";

    /// <param name="projects">Each town's projects, read once the projects exist (<see cref="Backlinks.ProjectsOf(Town)"/>).</param>
    public static Region Build(CsvTable? table, Func<Town, IReadOnlyList<Project>> projects, DiagnosticBag diagnostics)
    {
        if (table is null || !table.RequireColumns(Columns, diagnostics))
        {
            return new Region([]);
        }

        if (table.Rows.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(table.Path), Problems.NoRows(new Phrase("市町村", "towns")));
            return new Region([]);
        }

        var towns = new List<Town>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var central = new List<CsvCell>();
        foreach (var row in table.Rows)
        {
            var slug = row["ID"];
            var name = row["名称"];
            var order = CellParsing.Integer(row["表示順"], "表示順", diagnostics);
            var ok = Columns[..4].All(c => CellParsing.Required(row[c], c, diagnostics));
            ok &= CheckSlug(slug, seen, row.ExcelRow, diagnostics);

            // Projects name their towns by name: with two of one name, a project's town would be a guess.
            if (!name.IsEmpty && !names.TryAdd(name.Value, row.ExcelRow))
            {
                diagnostics.Error(name.Location, Problems.DuplicateTownName(name.Value, names[name.Value], Kinds(table)));
                ok = false;
            }

            CellParsing.WarnIfLong(name, "名称", diagnostics);
            var kind = row["種別"];
            if (!kind.IsEmpty && !Region.KindOrder.Contains(kind.Value))
            {
                diagnostics.Error(kind.Location, Problems.UnknownTownKind(kind.Value, Region.KindOrder));
                ok = false;
            }

            var isCentral = IsCentralCity(row["中心市"], diagnostics);
            if (isCentral is true)
            {
                central.Add(row["中心市"]);
            }

            if (ok && order is not null && isCentral is not null)
            {
                towns.Add(new Town(slug.Value, name.Value, row["よみ"].Value, kind.Value, order.Value, isCentral.Value, projects) { Code = LocalGovernmentCode.Read(table, row, name.Value, diagnostics) });
            }
        }

        CheckCentralCity(table, central, diagnostics);

        return new Region(towns.OrderBy(t => t.Order).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList());
    }

    /// <summary>The region's word for its towns (市町, 市町村) as its rows give it, for messages written before the towns are built.</summary>
    private static string Kinds(CsvTable table) => Region.KindsOf(table.Rows.Select(r => r["種別"].Value));

    private static bool CheckSlug(CsvCell slug, Dictionary<string, int> seen, int line, DiagnosticBag diagnostics)
    {
        if (slug.IsEmpty)
        {
            return true;
        }

        if (!CellParsing.IsSlug(slug.Value))
        {
            diagnostics.Error(slug.Location, Problems.IdFormat(slug.Value, "north-town"));
            return false;
        }

        if (CellParsing.IsReservedOnWindows(slug.Value))
        {
            diagnostics.Error(slug.Location, Problems.ReservedId(slug.Value));
            return false;
        }

        if (!seen.TryAdd(slug.Value, line))
        {
            diagnostics.Error(slug.Location, Problems.DuplicateId(slug.Value, seen[slug.Value]));
            return false;
        }

        return true;
    }

    /// <summary>True for ○ (or the 〇 and ◯ an IME offers for it), false for empty, null after a diagnostic.</summary>
    private static bool? IsCentralCity(CsvCell cell, DiagnosticBag diagnostics)
    {
        if (cell.IsEmpty)
        {
            return false;
        }

        if (cell.Value is CentralCityMark or "〇" or "◯")
        {
            return true;
        }

        diagnostics.Error(cell.Location, Problems.CentralCityMark(cell.Value));
        return null;
    }

    /// <summary>The agreements are each between the central city and one partner: there must be exactly one.</summary>
    private static void CheckCentralCity(CsvTable table, List<CsvCell> central, DiagnosticBag diagnostics)
    {
        if (central.Count == 0 && table.Rows.Count > 0)
        {
            diagnostics.Error(table.Header.First(h => h.Value == "中心市").Location, Problems.NoCentralCity());
        }

        foreach (var extra in central.Skip(1))
        {
            diagnostics.Error(extra.Location, Problems.SecondCentralCity(central[0].Location.Line));
        }
    }
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Search;
using MoriokaSite.Text;

namespace MoriokaSite.Modelling;

/// <summary>
/// data/synonyms.csv → the groups of related words search treats as one (a visitor's IT finds the projects that
/// say ICT). The file is optional: without it, search finds only what is written.
/// </summary>
internal static class SynonymsBuilder
{
    /// <summary>Related words, not equal ones (IT and ICT are not the same thing), so the column says 関連する語.</summary>
    public const string WordsColumn = "関連する語";

    /// <summary>The column's first name: a site written before the rename keeps building unchanged.</summary>
    public const string FormerWordsColumn = "同じ意味の語";

    public static IReadOnlyList<SynonymGroup> Build(CsvTable? table, Region region, DiagnosticBag diagnostics)
    {
        if (table is null)
        {
            return [];
        }

        var column = ColumnOf(table);
        if (!table.RequireColumns([column], diagnostics))
        {
            return [];
        }

        var townNames = region.Towns.SelectMany(t => SearchTown.Of(t).Aliases).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal); // folded word → the line of its group
        var groups = new List<SynonymGroup>();
        foreach (var row in table.Rows)
        {
            var cell = row[column];

            // A word left alone by the checks below is still searched as written; only its group is lost.
            var words = new List<string>();
            var folded = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in Split(cell.Value))
            {
                var key = TextNormalizer.Fold(word);
                var runs = SearchTokenizer.Runs(key);

                // Search looks a word up as one run: a word with a symbol inside (ICT・IoT) is two terms and would never match.
                if (runs.Count != 1 || runs[0] != key)
                {
                    diagnostics.Error(cell.Location, Problems.SynonymNotOneWord(word));
                }
                else if (!folded.Add(key))
                {
                    diagnostics.Warning(cell.Location, Problems.SynonymRepeated(word));
                }
                else if (seen.TryGetValue(key, out var other))
                {
                    diagnostics.Error(cell.Location, Problems.SynonymInTwoGroups(word, other));
                }
                else if (townNames.Contains(key))
                {
                    diagnostics.Warning(cell.Location, Problems.SynonymIsTown(word));
                }
                else
                {
                    seen[key] = row.Line;
                    words.Add(word);
                }
            }

            if (Split(cell.Value).Count < 2)
            {
                diagnostics.Error(cell.Location, Problems.SynonymGroupTooSmall(cell.Value, column));
            }
            else if (words.Count >= 2)
            {
                groups.Add(new SynonymGroup(words, row.Line));
            }
        }

        return groups;
    }

    /// <summary>The column of the words, by either name; without either, the current one, which the diagnostic then asks for.</summary>
    private static string ColumnOf(CsvTable table) =>
        !table.HasColumn(WordsColumn) && table.HasColumn(FormerWordsColumn) ? FormerWordsColumn : WordsColumn;

    /// <summary>The words of a cell: separated by 、 or a comma, a space or a line break. Not by ・, which is part of many names.</summary>
    public static IReadOnlyList<string> Split(string cell) =>
        cell.Split(['、', '，', ',', ' ', '\u3000', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

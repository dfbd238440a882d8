using MoriokaSite.Search;
using MoriokaSite.Text;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// What a visitor typed, as search uses it: the runs every result must contain (AND), and the towns
/// the query names. A word that names a town (滝沢, 雫石町) is not searched as text — most
/// projects involve every town, so it would match nearly everything — but offered as that town's filter.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Terms, IReadOnlyList<SearchTown> NamedTowns)
{
    public static SearchQuery Parse(string text, IReadOnlyList<SearchTown> towns)
    {
        var terms = new List<string>();
        var named = new List<SearchTown>();
        // Folding turns the full-width space into a plain one, so both separate terms.
        foreach (var word in TextNormalizer.Fold(text).Split(' ', '\t', '\n', '\r'))
        {
            var town = towns.FirstOrDefault(t => t.IsNamedBy(word));
            if (town is not null)
            {
                if (!named.Contains(town))
                {
                    named.Add(town);
                }

                continue;
            }

            terms.AddRange(SearchTokenizer.Runs(word).Where(run => !terms.Contains(run)));
        }

        return new SearchQuery(terms, named);
    }
}

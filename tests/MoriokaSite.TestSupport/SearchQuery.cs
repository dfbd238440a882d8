using MoriokaSite.Search;
using MoriokaSite.Text;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// What a visitor typed, as search uses it: the runs every result must contain (AND), the towns whose names became
/// their filters, the written forms of those names (a project whose text holds them is about the town: it ranks
/// first), and the towns only offered as filters. A town's name becomes its filter where no project the town takes no
/// part in holds it (滝沢, 雫石町): most projects involve every town, so as text it would match nearly everything. A
/// name other projects' text also holds (岩手: 岩手県, 岩手山) stays a word of the text, and the town's filter is offered.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Terms, IReadOnlyList<SearchTown> NamedTowns, IReadOnlyList<string> PlaceWords, IReadOnlyList<SearchTown> OfferedTowns)
{
    public static SearchQuery Parse(string text, IReadOnlyList<SearchTown> towns)
    {
        var terms = new List<string>();
        var named = new List<SearchTown>();
        var places = new List<string>();
        var offered = new List<SearchTown>();
        // Folding turns the full-width space into a plain one, so both separate terms.
        foreach (var word in TextNormalizer.Fold(text).Split(' ', '\t', '\n', '\r'))
        {
            var town = towns.FirstOrDefault(t => t.IsNamedBy(word));
            if (town is not null && town.IsFilteredBy(word))
            {
                AddOnce(named, town);
                AddOnce(places, town.WrittenOf(word));
                continue;
            }

            if (town is not null)
            {
                AddOnce(offered, town);
            }

            terms.AddRange(SearchTokenizer.Runs(word).Where(run => !terms.Contains(run)));
        }

        return new SearchQuery(terms, named, places, offered.Where(t => !named.Contains(t)).ToList());
    }

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}

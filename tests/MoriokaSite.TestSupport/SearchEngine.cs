using MoriokaSite.Search;
using MoriokaSite.Text;

namespace MoriokaSite.Tests.Support;

/// <summary>One result: the document and its score.</summary>
public readonly record struct SearchHit(int Document, int Score);

/// <summary>
/// Runs a query against the index exactly as search.js does in the browser, so that the ranking can be
/// tested here and the browser's results compared with it.
/// </summary>
public static class SearchEngine
{
    /// <summary>What a literal match adds above any synonym's: the most a synonym can add is 111.</summary>
    public const int Literal = 1000;

    /// <summary>
    /// The documents whose postings hold every gram of every term (or of one of its synonyms), best first.
    /// A term counts where all its grams share a part (name, labels or summary); the score adds the weight
    /// of each such part, and <see cref="Literal"/> when the term itself matched rather than a synonym.
    /// </summary>
    public static IReadOnlyList<SearchHit> Candidates(SearchIndex index, SearchQuery query)
    {
        if (query.Terms.Count == 0)
        {
            return index.Documents.Select((_, d) => new SearchHit(d, 0)).ToList();
        }

        Dictionary<int, int>? scores = null;
        foreach (var term in query.Terms)
        {
            var found = new Dictionary<int, int>();
            foreach (var (document, where) in Where(index, term))
            {
                found[document] = Literal + Weight(where);
            }

            foreach (var synonym in index.SynonymsOf(term))
            {
                foreach (var (document, where) in Where(index, synonym))
                {
                    found[document] = Math.Max(found.GetValueOrDefault(document), Weight(where));
                }
            }

            var next = new Dictionary<int, int>();
            foreach (var (document, score) in found)
            {
                if (scores is null || scores.ContainsKey(document))
                {
                    next[document] = (scores?.GetValueOrDefault(document) ?? 0) + score;
                }
            }

            scores = next;
        }

        return scores!.Select(s => new SearchHit(s.Key, s.Value))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Document).ToList();
    }

    /// <summary>
    /// What the page shows, in its order: the candidates that really contain each term (or a synonym) as written, in
    /// the towns whose names became filters. Each such name the project's text holds adds to its score as a term does
    /// (盛岡 八幡平: the projects naming both first, then those naming one); ties go to those only some towns share
    /// before the region's common ones: a town's own projects before the ones every town takes part in.
    /// </summary>
    /// <param name="townTicked">A town box is ticked: its results are ordered alike (ties: the projects only some towns share first).</param>
    public static IReadOnlyList<SearchHit> Find(SearchIndex index, SearchQuery query, bool townTicked = false)
    {
        var hits = Candidates(index, query).Where(h => Contains(index, index.Documents[h.Document], query.Terms));
        if (query.NamedTowns.Count == 0 && !townTicked)
        {
            return hits.ToList();
        }

        if (query.NamedTowns.Count > 0)
        {
            var towns = IndexSet.Of(query.NamedTowns.Select(town => IndexOfTown(index, town)));
            var naming = query.PlaceWords.Select(word => Where(index, word)).ToList();
            hits = hits.Where(h => index.Documents[h.Document].Towns.Overlaps(towns))
                .Select(h => h with { Score = h.Score + naming.Sum(found => found.TryGetValue(h.Document, out var where) ? Literal + Weight(where) : 0) });
        }

        var all = IndexSet.All(index.Towns.Count);
        return hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => index.Documents[h.Document].Towns.Equals(all) ? 1 : 0)
            .ThenBy(h => h.Document)
            .ToList();
    }

    /// <summary>Whether every term, or one of its synonyms, occurs whole in one part: bigrams alone cannot tell 観光客 from 観光・光客.</summary>
    public static bool Contains(SearchIndex index, SearchDocument document, IReadOnlyList<string> terms)
    {
        var parts = document.Parts().Select(p => p.Folded).ToList();
        return terms.All(term => index.SynonymsOf(term).Prepend(term).Any(t => parts.Any(part => part.Contains(t, StringComparison.Ordinal))));
    }

    /// <summary>
    /// 「もしかして」: for a term that finds nothing, the words of the documents nearest to it in folded form
    /// (one edit for up to four characters, two for longer), the commonest first. None for one character.
    /// </summary>
    public static IReadOnlyList<string> Suggest(SearchIndex index, string term, int count = 3)
    {
        var length = term.EnumerateRunes().Count();
        if (length < 2)
        {
            return [];
        }

        var limit = length <= 4 ? 1 : 2;
        return index.Vocabulary
            .Select(v => (v.Word, v.Documents, Folded: TextNormalizer.Fold(v.Word)))
            .Where(v => v.Folded != term)
            .Select(v => (v.Word, v.Documents, v.Folded, Distance: EditDistance.Within(term, v.Folded, limit)))
            .Where(v => v.Distance <= limit)
            .OrderBy(v => v.Distance).ThenByDescending(v => v.Documents).ThenBy(v => v.Word, StringComparer.Ordinal)
            .DistinctBy(v => v.Folded)
            .Take(count)
            .Select(v => v.Word)
            .ToList();
    }

    private static int IndexOfTown(SearchIndex index, SearchTown town) =>
        index.Towns.Select((t, i) => (t, i)).First(x => x.t.Key == town.Key).i;

    public static int Weight(SearchWhere where) =>
        (where.HasFlag(SearchWhere.Name) ? 100 : 0) + (where.HasFlag(SearchWhere.Labels) ? 10 : 0) + (where.HasFlag(SearchWhere.Summary) ? 1 : 0);

    /// <summary>Documents holding every gram of the term, with the parts that hold them all.</summary>
    private static Dictionary<int, SearchWhere> Where(SearchIndex index, string term)
    {
        Dictionary<int, SearchWhere>? found = null;
        foreach (var gram in SearchTokenizer.QueryGrams(term))
        {
            var next = new Dictionary<int, SearchWhere>();
            foreach (var posting in index.Postings.GetValueOrDefault(gram) ?? [])
            {
                var shared = found is null ? posting.Where : found.GetValueOrDefault(posting.Document) & posting.Where;
                if (shared != SearchWhere.None)
                {
                    next[posting.Document] = shared;
                }
            }

            found = next;
        }

        return found ?? [];
    }
}

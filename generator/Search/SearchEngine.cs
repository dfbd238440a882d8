namespace MoriokaSite.Search;

/// <summary>One result: the document and its score.</summary>
public readonly record struct SearchHit(int Document, int Score);

/// <summary>
/// Runs a query against the index exactly as search.js does in the browser, so that the ranking can be
/// tested here and the browser's results compared with it.
/// </summary>
public static class SearchEngine
{
    /// <summary>
    /// The documents whose postings hold every gram of every term, best first. A term counts where all
    /// its grams share a part (name, labels or summary); the score adds the weight of each such part.
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
            var next = new Dictionary<int, int>();
            foreach (var (document, where) in Where(index, term))
            {
                if (scores is null || scores.ContainsKey(document))
                {
                    next[document] = (scores?.GetValueOrDefault(document) ?? 0) + Weight(where);
                }
            }

            scores = next;
        }

        return scores!.Select(s => new SearchHit(s.Key, s.Value))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Document).ToList();
    }

    /// <summary>The candidates that really contain each term as written, in the same order: what the page shows.</summary>
    public static IReadOnlyList<SearchHit> Find(SearchIndex index, SearchQuery query) =>
        Candidates(index, query).Where(h => Contains(index.Documents[h.Document], query.Terms)).ToList();

    /// <summary>Whether every term occurs whole in one part of the document: bigrams alone cannot tell 観光客 from 観光・光客.</summary>
    public static bool Contains(SearchDocument document, IReadOnlyList<string> terms)
    {
        var parts = document.Parts().Select(p => p.Folded).ToList();
        return terms.All(term => parts.Any(part => part.Contains(term, StringComparison.Ordinal)));
    }

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

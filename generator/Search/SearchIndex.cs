using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Text;

namespace MoriokaSite.Search;

/// <summary>One posting: a document that holds a gram, and where in it.</summary>
public readonly record struct Posting(int Document, SearchWhere Where);

/// <summary>
/// The search index of the whole site, in memory: the documents in project order, the keys of each
/// filter, and for every gram the documents that hold it. <see cref="SearchIndexFiles"/> writes it out
/// for search.js; the tests query it the way search.js does (SearchEngine, in tests/MoriokaSite.TestSupport).
/// </summary>
public sealed class SearchIndex
{
    private SearchIndex(
        IReadOnlyList<SearchDocument> documents,
        IReadOnlyList<string> fields,
        IReadOnlyList<string> statuses,
        IReadOnlyList<SearchTown> towns,
        IReadOnlyList<string> tags,
        IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        // Folding (NFKC and the rest) is the costly part of reading a document: each document's parts are folded once, here.
        var parts = documents.Select(d => (IReadOnlyList<(SearchWhere Where, string Folded)>)[.. d.Parts()]).ToList();
        Synonyms = synonyms;
        _groupOf = synonyms.SelectMany(g => g.Select(w => (w, g))).ToDictionary(x => x.w, x => x.g, StringComparer.Ordinal);
        Vocabulary = SearchVocabulary.Of(documents);
        Documents = documents;
        Fields = fields;
        Statuses = statuses;
        Towns = towns.Select((town, i) => town.SharedIn(documents, parts, i)).ToList();
        Tags = tags;
        Postings = Invert(parts);
    }

    private readonly Dictionary<string, IReadOnlyList<string>> _groupOf;

    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>data/synonyms.csv, folded: search.js expands a term that is one of these words to its whole group.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }

    /// <summary>The words of the documents, for 「もしかして」 when a term finds nothing.</summary>
    public IReadOnlyList<VocabularyWord> Vocabulary { get; }

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<string> Statuses { get; }

    /// <summary>The towns in display order, each knowing which of its names other projects' text also uses.</summary>
    public IReadOnlyList<SearchTown> Towns { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gram → postings in document order. Sorted by gram (ordinal), so the files come out the same every build.</summary>
    public SortedDictionary<string, IReadOnlyList<Posting>> Postings { get; }

    public static SearchIndex Build(SiteModel site, Routes routes)
    {
        var documents = site.Projects.Select(p => Document(site, routes, p)).ToList();
        return new SearchIndex(
            documents,
            site.Fields.Select(f => f.Slug).ToList(),
            site.Labels.Statuses.Select(s => s.Key).ToList(),
            site.Towns.Select(SearchTown.Of).ToList(),
            site.Labels.Tags.Select(t => t.Key).ToList(),
            site.Synonyms.Select(g => (IReadOnlyList<string>)g.Words.Select(TextNormalizer.Fold).ToList()).ToList());
    }

    /// <summary>The other words of a folded term's synonym group, or none.</summary>
    public IReadOnlyList<string> SynonymsOf(string term) =>
        _groupOf.TryGetValue(term, out var group) ? group.Where(w => w != term).ToList() : [];

    /// <summary>An index of given documents, for the synthetic sites of the benchmarks and for tests.</summary>
    public static SearchIndex From(IReadOnlyList<SearchDocument> documents, IReadOnlyList<string> fields, IReadOnlyList<SearchTown> towns, IReadOnlyList<string>? tags = null, IReadOnlyList<IReadOnlyList<string>>? synonyms = null) =>
        new(documents, fields, Labels.StatusKeys.Select(s => s.Key).ToList(), towns, tags ?? [], synonyms?.Select(g => (IReadOnlyList<string>)g.Select(TextNormalizer.Fold).ToList()).ToList() ?? []);

    private static SearchDocument Document(SiteModel site, Routes routes, Project project)
    {
        var fieldNames = new[] { project.Field }.Concat(project.AlsoIn).Select(f => f.Title);
        var tagNames = project.Tags.Select(t => t.Short);
        return new SearchDocument(
            routes.Project(project),
            project.Name,
            project.Summary,
            string.Join(' ', fieldNames.Concat(tagNames)),
            IndexOf(site.Fields, project.Field),
            (int)project.Status,
            IndexSet.Of(project.Towns.Select(town => IndexOf(site.Towns, town))),
            IndexSet.Of(project.Tags.Select(tag => tag.Index)));
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T item)
        where T : class => list.Select((x, i) => (x, i)).First(p => ReferenceEquals(p.x, item)).i;

    /// <param name="parts">Each document's folded parts, in document order.</param>
    private static SortedDictionary<string, IReadOnlyList<Posting>> Invert(IReadOnlyList<IReadOnlyList<(SearchWhere Where, string Folded)>> parts)
    {
        var grams = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var d = 0; d < parts.Count; d++)
        {
            var where = new Dictionary<string, SearchWhere>(StringComparer.Ordinal);
            foreach (var (part, folded) in parts[d])
            {
                foreach (var gram in SearchTokenizer.IndexGrams(folded))
                {
                    where[gram] = where.GetValueOrDefault(gram) | part;
                }
            }

            foreach (var (gram, bits) in where)
            {
                if (!grams.TryGetValue(gram, out var postings))
                {
                    grams[gram] = postings = [];
                }

                postings.Add(new Posting(d, bits));
            }
        }

        var sorted = new SortedDictionary<string, IReadOnlyList<Posting>>(StringComparer.Ordinal);
        foreach (var (gram, postings) in grams)
        {
            sorted[gram] = postings;
        }

        return sorted;
    }
}

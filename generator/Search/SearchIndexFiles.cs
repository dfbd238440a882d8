using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoriokaSite.Routing;
using MoriokaSite.Text.Phrases;
using MoriokaSite.Words;

namespace MoriokaSite.Search;

/// <summary>
/// The index as static files under /search/index/, split the way Pagefind splits its own, so that a
/// query downloads only what it needs:
/// <list type="bullet">
/// <item>meta.json — the filter keys, the towns' names (which of them stay words of the text: <see cref="SearchTown.Shared"/>), each document's field, status, towns and tags (every query needs the counts; towns and tags as <see cref="IndexSet"/> hex), the synonym groups, and the words the page shows;</item>
/// <item>grams-N.json — the postings, in shards chosen by a hash of the gram (a two-character query reads one or two);</item>
/// <item>docs-N.json — URL, name, summary, field and tag names, and where the name may break between phrases, of a run of documents, read only for the results shown;</item>
/// <item>words.json — the documents' words and how many hold each, read only when a query finds nothing (「もしかして」).</item>
/// </list>
/// </summary>
public static class SearchIndexFiles
{
    // Sized so that a shard or a chunk is a few kilobytes once gzipped: one request each, little waste.
    private const int ShardBytes = 24 * 1024;
    private const int ChunkBytes = 6 * 1024;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The files, and a version (a hash of their content) that the page adds to each URL so a cache never mixes two builds.</summary>
    /// <param name="wording">The site's wording, whose words search.js shows (<see cref="SearchWords"/>).</param>
    /// <param name="phrases">Where a project's name may break between phrases, so that a result's name breaks as on the project's own page; null for a language without a phrase model.</param>
    public static (IReadOnlyList<RenderedFile> Files, string Version) Write(SearchIndex index, Wording wording, PhraseSegmenter? phrases = null)
    {
        RenderedFile File(string name, byte[] content) => new(SitePaths.SearchIndexFile(name).OutputFile, content);
        var shards = ShardCount(index);
        var chunk = ChunkSize(index);
        var files = new List<RenderedFile> { File("meta.json", Meta(index, shards, chunk, SearchWords.Of(wording))) };
        files.Add(File("words.json", Serialize(index.Vocabulary.Select(v => new object[] { v.Word, v.Documents }))));
        files.AddRange(Shards(index, shards).Select((shard, i) => File($"grams-{i}.json", shard)));
        files.AddRange(index.Documents.Chunk(chunk).Select((docs, i) => File($"docs-{i}.json", Serialize(docs.Select(d => new object[] { d.Url, d.Name, d.Summary, d.Labels, phrases?.Boundaries(d.Name) ?? [] })))));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(file.Content);
        }

        return (files, Convert.ToHexStringLower(hash.GetHashAndReset())[..12]);
    }

    /// <summary>FNV-1a over UTF-16 code units: search.js computes the same number with Math.imul.</summary>
    public static int ShardOf(string gram, int shards)
    {
        var hash = 2166136261u;
        foreach (var unit in gram)
        {
            hash = (hash ^ unit) * 16777619u;
        }

        return (int)(hash % (uint)shards);
    }

    /// <summary>
    /// A posting list as numbers: each posting is document × 8 + where-bits, and each number is stored as
    /// the difference from the one before — small numbers, and gzip packs them well.
    /// </summary>
    public static IReadOnlyList<int> Encode(IReadOnlyList<Posting> postings)
    {
        var encoded = new int[postings.Count];
        var previous = 0;
        for (var i = 0; i < postings.Count; i++)
        {
            var value = (postings[i].Document * 8) + (int)postings[i].Where;
            encoded[i] = value - previous;
            previous = value;
        }

        return encoded;
    }

    private static byte[] Meta(SearchIndex index, int shards, int chunk, SortedDictionary<string, string> words) => Serialize(new Dictionary<string, object>
    {
        ["documents"] = index.Documents.Count,
        ["shards"] = shards,
        ["chunk"] = chunk,
        ["fields"] = index.Fields,
        ["statuses"] = index.Statuses,
        ["towns"] = index.Towns.Select(t => t.Key),
        ["townNames"] = index.Towns.Select(t => t.Name),
        ["townAliases"] = index.Towns.Select(t => t.Aliases),
        ["townWritten"] = index.Towns.Select(t => t.Written),
        ["townShared"] = index.Towns.Select(t => t.Shared),
        ["tags"] = index.Tags,
        ["synonyms"] = index.Synonyms,
        ["field"] = index.Documents.Select(d => d.Field),
        ["status"] = index.Documents.Select(d => d.Status),
        ["town"] = index.Documents.Select(d => d.Towns.Hex),
        ["tag"] = index.Documents.Select(d => d.Tags.Hex),
        ["words"] = words,
    });

    private static IEnumerable<byte[]> Shards(SearchIndex index, int shards)
    {
        var split = Enumerable.Range(0, shards).Select(_ => new SortedDictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal)).ToList();
        foreach (var (gram, postings) in index.Postings)
        {
            split[ShardOf(gram, shards)][gram] = Encode(postings);
        }

        return split.Select(s => Serialize(s));
    }

    private static int ShardCount(SearchIndex index)
    {
        var bytes = index.Postings.Sum(p => (p.Key.Length * 3) + 5 + (p.Value.Count * 3));
        return Math.Max(1, (int)Math.Ceiling(bytes / (double)ShardBytes));
    }

    private static int ChunkSize(SearchIndex index)
    {
        var average = index.Documents.Count == 0 ? 1 : index.Documents.Average(d => (d.Name.Length + d.Summary.Length) * 3 + d.Url.Length + 10);
        return Math.Max(1, (int)(ChunkBytes / average));
    }

    private static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);
}

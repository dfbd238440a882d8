using MoriokaSite.Model;
using MoriokaSite.Text;

namespace MoriokaSite.Search;

/// <summary>
/// A town as a filter, with the names a visitor may type for it (滝沢市, 滝沢, たきざわし, たきざわ), each with its written
/// form (たきざわ → 滝沢), and the bare names that are also words of other projects' text (岩手: 岩手県, 岩手山; 南部:
/// 南部地方). The full name (岩手町) always means the town, so it becomes the town's filter; so does a bare name the town
/// alone uses, because nearly every project involves every town and the filter hides nothing the name would find. A
/// shared bare name stays a word of the text, and the town's filter is only offered.
/// </summary>
public sealed record SearchTown(string Key, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Written, IReadOnlyList<string> Shared)
{
    public static SearchTown Of(Town town)
    {
        var name = TextNormalizer.Fold(town.Name);
        var stem = TextNormalizer.Fold(WithoutSuffix(town.Name, town.Kind));
        var names = new[]
            {
                (town.Name, name), (WithoutSuffix(town.Name, town.Kind), stem),
                (town.Reading, name), (ReadingWithoutSuffix(town.Reading, town.Kind), stem),
            }
            .Where(a => a.Item1.Length > 0)
            .Select(a => (Alias: TextNormalizer.Fold(a.Item1), a.Item2))
            .DistinctBy(a => a.Alias, StringComparer.Ordinal)
            .ToList();
        return new SearchTown(town.Slug, town.Name, names.Select(a => a.Alias).ToList(), names.Select(a => a.Item2).ToList(), []);
    }

    /// <summary>
    /// The town with its <see cref="Shared"/> names: the bare names (without 市, 町 or 村, written or read) that the
    /// folded text of a project the town takes no part in holds, found by a plain scan so the decision is exact.
    /// </summary>
    /// <param name="parts">Each document's folded parts (<see cref="SearchDocument.Parts"/>), in document order.</param>
    public SearchTown SharedIn(IReadOnlyList<SearchDocument> documents, IReadOnlyList<IReadOnlyList<(SearchWhere Where, string Folded)>> parts, int position)
    {
        var full = TextNormalizer.Fold(Name);
        var others = documents.Select((d, i) => (d, i)).Where(x => !x.d.Towns.Contains(position)).Select(x => parts[x.i].Select(p => p.Folded).ToList()).ToList();
        var shared = Aliases.Where((alias, i) => Written[i] != full && others.Any(parts => parts.Any(part => part.Contains(alias, StringComparison.Ordinal)))).ToList();
        return this with { Shared = shared };
    }

    private static string WithoutSuffix(string name, string kind) =>
        name.EndsWith(kind, StringComparison.Ordinal) && name.Length > kind.Length ? name[..^kind.Length] : name;

    // 市 reads し; 町 reads ちょう or まち and 村 むら or そん, depending on the town (雫石町 しずくいしちょう, 岩手町 いわてまち).
    private static string ReadingWithoutSuffix(string reading, string kind) =>
        ReadingsOf(kind).Where(s => reading.EndsWith(s, StringComparison.Ordinal) && reading.Length > s.Length)
            .Select(s => reading[..^s.Length]).FirstOrDefault() ?? reading;

    private static string[] ReadingsOf(string kind) => kind switch
    {
        "市" => ["し"],
        "町" => ["ちょう", "まち"],
        "村" => ["むら", "そん"],
        _ => [],
    };

    public bool IsNamedBy(string foldedTerm) => Aliases.Contains(foldedTerm, StringComparer.Ordinal);

    /// <summary>Whether the name, typed alone, becomes the town's filter: it names the town and no other project's text holds it.</summary>
    public bool IsFilteredBy(string foldedTerm) => IsNamedBy(foldedTerm) && !Shared.Contains(foldedTerm, StringComparer.Ordinal);

    /// <summary>The written form of one of the names (いわて → 岩手), the text a project that is about the town holds.</summary>
    public string WrittenOf(string foldedTerm) => Written[Aliases.ToList().IndexOf(foldedTerm)];
}

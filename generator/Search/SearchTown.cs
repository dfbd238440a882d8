using MoriokaSite.Model;
using MoriokaSite.Text;

namespace MoriokaSite.Search;

/// <summary>
/// A town as a filter, with the names a visitor may type for it (滝沢市, 滝沢, たきざわ): a query that
/// names a town is offered that town's filter, because nearly every project involves every town.
/// </summary>
public sealed record SearchTown(string Key, string Name, IReadOnlyList<string> Aliases)
{
    public static SearchTown Of(Town town)
    {
        var aliases = new[] { town.Name, WithoutSuffix(town.Name, town.Kind), town.Reading, ReadingWithoutSuffix(town.Reading, town.Kind) }
            .Where(a => a.Length > 0)
            .Select(TextNormalizer.Fold)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new SearchTown(town.Slug, town.Name, aliases);
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

    /// <summary>The shortest written name (雫石): a project whose own text holds it is about the town, not only shared by it.</summary>
    public string ShortName => Aliases.Where(a => !a.All(c => c is >= '\u3041' and <= '\u309F')).DefaultIfEmpty(Aliases[0]).Aggregate((shortest, a) => a.Length < shortest.Length ? a : shortest);

    public bool IsNamedBy(string foldedTerm) => Aliases.Contains(foldedTerm, StringComparer.Ordinal);
}

using System.Text;
using MoriokaSite.Model;
using MoriokaSite.Text;

namespace MoriokaSite.History;

/// <summary>
/// Reads an old version's cells with today's lists: a status written 既存 or 既存事業, a field by id or name,
/// 「8市町」 or the towns one by one are each the same value. A value today's lists no longer have is kept as written.
/// </summary>
internal sealed class ValueResolver(SiteModel site)
{
    private readonly Dictionary<string, Field> _fields = FieldsByName(site.Fields);

    /// <summary>The status's key (to compare) and short label (to show).</summary>
    public (string Key, string Shown) Status(string cell) =>
        site.Labels.ParseStatus(cell) is { } status ? (status.Key, status.Short) : (cell, cell);

    public (string Key, string Shown) Field(string cell) =>
        _fields.GetValueOrDefault(Comparable(cell)) is { } field ? (field.Slug, field.ShortTitle) : (cell, cell);

    /// <summary>The towns' names in the region's order, then any name today's towns.csv no longer has.</summary>
    public IReadOnlyList<string> Towns(string cell)
    {
        if (cell.Length == 0)
        {
            return [];
        }

        if (site.Region.AllTownsWords.Contains(cell))
        {
            return site.Towns.Select(t => t.Name).ToList();
        }

        var names = TextNormalizer.SplitList(cell);
        var known = site.Towns.Where(t => names.Contains(t.Name) || names.Contains(t.Slug)).Select(t => t.Name);
        var unknown = names.Where(n => !site.Towns.Any(t => t.Name == n || t.Slug == n));
        return known.Concat(unknown).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The tags' short labels in data/tags.csv's order, then any word today's tags no longer have.</summary>
    public IReadOnlyList<string> Tags(string cell)
    {
        var words = TextNormalizer.SplitList(cell);
        var known = site.Labels.Tags.Where(t => words.Any(w => site.Labels.ParseTag(w) == t)).Select(t => t.Short);
        var unknown = words.Where(w => site.Labels.ParseTag(w) is null);
        return known.Concat(unknown).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Text as compared between versions: full- and half-width alike and without spaces or line breaks, so that
    /// 「(仮称) 」 retyped as 「（仮称）」 is no change, while any other character is.
    /// </summary>
    public static string Comparable(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(normalized.Length);
        foreach (var c in normalized.Where(c => !char.IsWhiteSpace(c)))
        {
            result.Append(c);
        }

        return result.ToString();
    }

    private static Dictionary<string, Field> FieldsByName(IReadOnlyList<Field> fields)
    {
        var result = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            result.TryAdd(Comparable(field.Slug), field);
        }

        foreach (var field in fields)
        {
            result.TryAdd(Comparable(field.Title), field);
            result.TryAdd(Comparable(field.ShortTitle), field);
        }

        return result;
    }
}

using MoriokaSite.Model;
using MoriokaSite.Routing;

namespace MoriokaSite.Words;

/// <summary>
/// The columns of the open data, in one table: the CSV writes them, the JSON Schema describes them,
/// the /data/ page explains them. The keys are the contract's JSON keys; the labels and descriptions are the
/// site's wording (column.KEY and column.KEY.description), with the site's own identifiers in them.
/// </summary>
public static class OpenDataColumns
{
    /// <param name="MayBeEmpty">True for a text staff may leave empty (a warning, not an error), so the schema allows "".</param>
    public sealed record Column(string Key, string Label, string Description, bool IsList, Func<Project, Routes, IEnumerable<string>> Values, bool MayBeEmpty = false)
    {
        /// <summary>A regular expression every non-list value matches, for the schema; null for free text.</summary>
        public string? Pattern { get; init; }
    }

    /// <summary>The columns; the descriptions of the field, status, towns and tags give the site's own identifiers.</summary>
    public static IReadOnlyList<Column> For(SiteModel site, Wording words)
    {
        Column Of(string key, bool isList, Func<Project, Routes, IEnumerable<string>> values, bool mayBeEmpty = false, params (string Name, object Value)[] facts) =>
            new(key, words[$"column.{key}"], words[$"column.{key}.description", facts], isList, values, mayBeEmpty);

        var separator = words["list.separator"];
        return
        [
            Of("id", false, (p, _) => [p.Id]),
            Of("name", false, (p, _) => [p.Name]),
            Of("summary", false, (p, _) => [p.Summary], mayBeEmpty: true),
            Of("field", false, (p, _) => [p.Field.Slug], facts: ("example", site.Fields.FirstOrDefault()?.Slug ?? string.Empty)),
            Of("fieldName", false, (p, _) => [p.Field.Title]),
            Of("status", false, (p, _) => [p.StatusLabel.Key], facts: ("statuses", string.Join(separator, site.Labels.Statuses.Select(s => words["column.status.item", ("key", s.Key), ("heading", s.Heading)])))),
            Of("towns", true, (p, _) => p.Towns.Select(t => t.Slug), facts: ("towns", string.Join(", ", site.Towns.Select(t => t.Slug)))),
            Of("tags", true, (p, _) => p.Tags.Select(t => t.Key), facts: ("tags", string.Join(separator, site.Labels.Tags.Select(t => words["column.tags.item", ("key", t.Key), ("name", t.Short)])))),
            Of("alsoIn", true, (p, _) => p.AlsoIn.Select(f => f.Slug)),
            Of("url", false, (p, r) => [r.Absolute(r.Project(p))]),
            .. History(site, Of),
        ];
    }

    /// <summary>
    /// When each project was first published and last changed, from the repository's history: only where the build
    /// has it, as a date it cannot be sure of is left out rather than guessed. Empty for a project not yet committed.
    /// </summary>
    private static IEnumerable<Column> History(SiteModel site, Func<string, bool, Func<Project, Routes, IEnumerable<string>>, bool, (string Name, object Value)[], Column> of)
    {
        if (site.History is not { } history)
        {
            return [];
        }

        static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        return
        [
            of("firstPublished", false, (p, _) => [Date(history.FirstPublished(p.Id))], true, []) with { Pattern = DatePattern },
            of("lastChanged", false, (p, _) => [Date(history.LastChanged(p.Id))], true, []) with { Pattern = DatePattern },
        ];
    }

    /// <summary>YYYY-MM-DD, or empty for a project the history does not have yet.</summary>
    private const string DatePattern = @"^(\d{4}-\d{2}-\d{2})?$";

    /// <summary>How a list is written in one CSV cell.</summary>
    public const char ListSeparator = ';';
}

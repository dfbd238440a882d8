using MoriokaSite.Model;

namespace MoriokaSite.Site;

/// <summary>
/// The columns of the open data, in one table: the CSV writes them, the JSON Schema describes them,
/// the /data/ page explains them. The keys are the contract's JSON keys.
/// </summary>
public static class OpenDataColumns
{
    /// <param name="MayBeEmpty">True for a text staff may leave empty (a warning, not an error), so the schema allows "".</param>
    public sealed record Column(string Key, string Label, string Description, bool IsList, Func<Project, Routes, IEnumerable<string>> Values, bool MayBeEmpty = false);

    /// <summary>The columns; the descriptions of the status, towns and tags list the site's own identifiers.</summary>
    public static IReadOnlyList<Column> For(SiteModel site) =>
    [
        new("id", "事業ID", "事業を識別する ID。一度公開した ID は変わらず、ほかの事業に再利用されません。", false, (p, _) => [p.Id]),
        new("name", "事業名", "事業の名称。", false, (p, _) => [p.Name]),
        new("summary", "事業概要", "事業の概要。箇条書きは改行と「・」で始まる行で表します。まだ書かれていない事業では空です。", false, (p, _) => [p.Summary], MayBeEmpty: true),
        new("field", "分野ID", "事業が属する分野の ID（例：tourism）。", false, (p, _) => [p.Field.Slug]),
        new("fieldName", "分野名", "事業が属する分野の名称。", false, (p, _) => [p.Field.Title]),
        new("status", "区分", $"{string.Join("、", site.Labels.Statuses.Select(s => $"{s.Key}（{s.Heading}）"))}のいずれか。", false, (p, _) => [p.StatusLabel.Key]),
        new("towns", $"関係{site.Region.Kinds}", $"関係{site.Region.Kinds}の ID（{string.Join(", ", site.Towns.Select(t => t.Slug))}）。{site.Region.Kinds}がまだ決まっていない事業では空のリストです。", true, (p, _) => p.Towns.Select(t => t.Slug)),
        new("tags", "備考", $"備考欄の区分の ID。{string.Join("、", site.Labels.Tags.Select(t => $"{t.Key}（{t.Short}）"))}。", true, (p, _) => p.Tags.Select(t => t.Key)),
        new("alsoIn", "再掲分野", "事業が再掲されているほかの分野の ID。", true, (p, _) => p.AlsoIn.Select(f => f.Slug)),
        new("url", "URL", "事業のページの URL。", false, (p, r) => [r.Absolute(r.Project(p))]),
    ];

    /// <summary>How a list is written in one CSV cell.</summary>
    public const char ListSeparator = ';';
}

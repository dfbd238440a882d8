using MoriokaSite.Model;
using MoriokaSite.Rendering;

namespace MoriokaSite.Output;

/// <summary>
/// The columns of the open data, in one table: the CSV writes them, the JSON Schema describes them,
/// the /data/ page explains them. The keys are the contract's JSON keys.
/// </summary>
public static class OpenDataColumns
{
    /// <param name="MayBeEmpty">True for a text staff may leave empty (a warning, not an error), so the schema allows "".</param>
    public sealed record Column(string Key, string Label, string Description, bool IsList, Func<Project, Routes, IEnumerable<string>> Values, bool MayBeEmpty = false);

    public static readonly IReadOnlyList<Column> All =
    [
        new("id", "事業ID", "事業を識別する ID。一度公開した ID は変わらず、ほかの事業に再利用されません。", false, (p, _) => [p.Id]),
        new("name", "事業名", "事業の名称。", false, (p, _) => [p.Name]),
        new("summary", "事業概要", "事業の概要。箇条書きは改行と「・」で始まる行で表します。まだ書かれていない事業では空です。", false, (p, _) => [p.Summary], MayBeEmpty: true),
        new("field", "分野ID", "事業が属する分野の ID（例：tourism）。", false, (p, _) => [p.Field.Slug]),
        new("fieldName", "分野名", "事業が属する分野の名称。", false, (p, _) => [p.Field.Title]),
        new("status", "区分", "existing（既存事業）、planned（実施を計画する事業）、considering（今後検討する事業）のいずれか。", false, (p, _) => [Labels.Of(p.Status).Key]),
        new("towns", "関係市町", "関係市町の ID（morioka, hachimantai, takizawa, shizukuishi, kuzumaki, iwate, shiwa, yahaba）。市町がまだ決まっていない事業では空のリストです。", true, (p, _) => p.Towns.Select(t => t.Slug)),
        new("tags", "備考", "備考欄の区分の ID。new（新規）、expanded（拡充）、economic-strategy（経済戦略）、expert-committee（専門部会）。", true, (p, _) => p.Tags.Select(t => Labels.Of(t).Key)),
        new("alsoIn", "再掲分野", "事業が再掲されているほかの分野の ID。", true, (p, _) => p.AlsoIn.Select(f => f.Slug)),
        new("url", "URL", "事業のページの URL。", false, (p, r) => [r.Absolute(r.Project(p))]),
    ];

    /// <summary>How a list is written in one CSV cell.</summary>
    public const char ListSeparator = ';';
}

namespace MoriokaSite.Model;

/// <summary>
/// The one table of names for statuses and tags: the words staff type in the CSV, the labels pages
/// show, and the identifiers of the open data. Pages, data and search all read them from here.
/// </summary>
public static class Labels
{
    public sealed record StatusLabel(Status Status, string Key, string Short, string Heading);

    public sealed record TagLabel(Tag Tag, string Key, string Short, string Description);

    public static readonly IReadOnlyList<StatusLabel> Statuses =
    [
        new(Status.Existing, "existing", "既存", "既存事業"),
        new(Status.Planned, "planned", "計画", "実施を計画する事業"),
        new(Status.Considering, "considering", "検討", "今後検討する事業"),
    ];

    public static readonly IReadOnlyList<TagLabel> Tags =
    [
        new(Tag.New, "new", "新規", "連携中枢都市圏ビジョンを策定を機に新規に実施することが望ましい事業"),
        new(Tag.Expanded, "expanded", "拡充", "既存の事業のうち、内容を拡充し連携中枢都市圏ビジョンに位置付けることが望ましい事業"),
        new(Tag.EconomicStrategy, "economic-strategy", "経済戦略", "盛岡広域圏経済戦略に位置付けられている事業"),
        new(Tag.ExpertCommittee, "expert-committee", "専門部会", "盛岡広域首長懇談会専門部会で検討している事業"),
    ];

    public static StatusLabel Of(Status status) => Statuses.First(s => s.Status == status);

    public static TagLabel Of(Tag tag) => Tags.First(t => t.Tag == tag);

    /// <summary>Reads a status as staff write it: 既存/計画/検討 (or the open-data key).</summary>
    public static Status? ParseStatus(string text) =>
        Statuses.FirstOrDefault(s => s.Short == text || s.Heading == text || s.Key == text)?.Status;

    /// <summary>Reads a tag as staff write it: 新規/拡充/経済戦略/専門部会, with or without the source's 【】.</summary>
    public static Tag? ParseTag(string text)
    {
        var bare = text.Trim('【', '】', '[', ']');
        return Tags.FirstOrDefault(t => t.Short == bare || t.Key == bare)?.Tag;
    }
}

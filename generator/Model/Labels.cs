namespace MoriokaSite.Model;

/// <summary>
/// The one table of names for statuses and tags, read from data/statuses.csv and data/tags.csv: the words staff
/// type in the CSV, the labels pages show, and the identifiers of the open data. Pages, data and search all read them from here.
/// </summary>
public sealed record Labels(IReadOnlyList<StatusLabel> Statuses, IReadOnlyList<Tag> Tags)
{
    /// <summary>The statuses' open-data keys: fixed, since the three groups come from the national outline.</summary>
    public static readonly IReadOnlyList<(Status Status, string Key)> StatusKeys =
    [
        (Status.Existing, "existing"),
        (Status.Planned, "planned"),
        (Status.Considering, "considering"),
    ];

    public StatusLabel Of(Status status) => Statuses.First(s => s.Status == status);

    /// <summary>Reads a status as staff write it: 既存/計画/検討, the heading, or the open-data key.</summary>
    public StatusLabel? ParseStatus(string text) =>
        Statuses.FirstOrDefault(s => s.Short == text || s.Heading == text || s.Key == text);

    /// <summary>Reads a tag as staff write it: its 表示名 with or without the source's 【】, or its open-data key.</summary>
    public Tag? ParseTag(string text)
    {
        var bare = text.Trim('【', '】', '[', ']');
        return Tags.FirstOrDefault(t => t.Short == bare || t.Key == bare);
    }
}

namespace MoriokaSite.Model;

/// <summary>The words for a status, from data/statuses.csv: 既存 (what staff write and lists show) and 既存事業 (the heading).</summary>
/// <param name="Key">The open data's identifier: existing, planned or considering.</param>
public sealed record StatusLabel(Status Status, string Key, string Short, string Heading);

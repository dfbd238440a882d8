namespace MoriokaSite.Model;

/// <summary>One project (事業) of the vision: a row of data/projects.csv.</summary>
public sealed class Project
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The summary as written: paragraphs on their own lines, list items starting with 「・」.</summary>
    public required string Summary { get; init; }

    public required Field Field { get; init; }

    /// <summary>The status with its words (既存・既存事業), resolved from data/statuses.csv.</summary>
    public required StatusLabel StatusLabel { get; init; }

    public Status Status => StatusLabel.Status;

    /// <summary>The towns taking part, in display order.</summary>
    public required IReadOnlyList<Town> Towns { get; init; }

    /// <summary>The project's tags, in data/tags.csv's order.</summary>
    public required IReadOnlyList<Tag> Tags { get; init; }

    /// <summary>The fields where the source lists this project again (再掲).</summary>
    public required IReadOnlyList<Field> AlsoIn { get; init; }

    /// <summary>True when every town of the region takes part (what the source writes as the region's count and kinds).</summary>
    public required bool IsRegionWide { get; init; }

    /// <summary>When staff last changed the project (the optional 更新日 column), for the feed.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Where the row is, so that later checks can point at it.</summary>
    public required int Line { get; init; }
}

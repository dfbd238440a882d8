namespace MoriokaSite.Model;

/// <summary>One project (事業) of the vision: a row of data/projects.csv.</summary>
public sealed class Project
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The summary as written: paragraphs on their own lines, list items starting with 「・」.</summary>
    public required string Summary { get; init; }

    public required Field Field { get; init; }

    public required Status Status { get; init; }

    /// <summary>The towns taking part, in display order.</summary>
    public required IReadOnlyList<Town> Towns { get; init; }

    public required IReadOnlyList<Tag> Tags { get; init; }

    /// <summary>The fields where the source lists this project again (再掲).</summary>
    public required IReadOnlyList<Field> AlsoIn { get; init; }

    /// <summary>True when all eight municipalities take part (the source's 「8市町」).</summary>
    public required bool IsRegionWide { get; init; }

    /// <summary>When staff last changed the project (the optional 更新日 column), for the feed.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Where the row is, so that later checks can point at it.</summary>
    public required int Line { get; init; }
}

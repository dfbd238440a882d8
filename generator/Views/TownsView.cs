namespace MoriokaSite.Views;

/// <summary>/towns/: every municipality on the map and in a list, who works with whom, and the projects only some towns share.</summary>
public sealed record TownsView : PageView
{
    public required TownMapView Map { get; init; }

    public required TownFieldMatrix Matrix { get; init; }

    /// <summary>The projects in which only some of the towns take part, with those towns.</summary>
    public required IReadOnlyList<ProjectItem> Shared { get; init; }

    /// <summary>Whether any project is 再掲 in a second field: only then does the matrix explain how it counts it.</summary>
    public required bool AnyCrossListed { get; init; }
}

namespace MoriokaSite.Model;

/// <summary>
/// One change to one project, from the repository's history. The values are the data's own names (a status's
/// short label, a field's name, towns' and tags' names), as the site shows them today where it still knows them.
/// </summary>
/// <param name="ProjectName">The project's name after the change (before it, for a removal).</param>
/// <param name="From">The value before, for a status, field or name; empty otherwise.</param>
/// <param name="To">The value after, for a status, field or name; empty otherwise.</param>
/// <param name="Items">The towns or tags added or removed, in the site's order.</param>
public sealed record ProjectChange(string ProjectId, string ProjectName, ChangeKind Kind, DateOnly Date, Publication Publication, string From = "", string To = "")
{
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Its place among the changes of its publication, for an id that stays the same from build to build.</summary>
    public int Index { get; init; }
}

using MoriokaSite.Model;

namespace MoriokaSite.Views;

/// <summary>A field's projects of one status, as the source groups them (○既存事業 …).</summary>
public sealed record StatusGroup(StatusLabel Status, IReadOnlyList<ProjectItem> Items)
{
    /// <summary>Only the projects whose home is this field count; 再掲 entries do not.</summary>
    public int Count => Items.Count(i => !i.IsCrossListed);

    /// <summary>The 再掲 entries listed with them, which the heading names apart so that its count matches the list.</summary>
    public int CrossListedCount => Items.Count(i => i.IsCrossListed);
}

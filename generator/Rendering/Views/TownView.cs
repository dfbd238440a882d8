using MoriokaSite.Model;

namespace MoriokaSite.Rendering.Views;

public sealed record TownView : PageView
{
    public required Town Town { get; init; }

    /// <summary>Projects in which only some of the eight take part: listed first, since they are what sets the town apart.</summary>
    public required IReadOnlyList<ProjectItem> Particular { get; init; }

    /// <summary>Projects of all eight municipalities.</summary>
    public required IReadOnlyList<ProjectItem> RegionWide { get; init; }

    /// <summary>The agreements this town's page links to: its own with Morioka, or, for Morioka, all seven.</summary>
    public required IReadOnlyList<Town> AgreementPartners { get; init; }

    public int Count => Particular.Count + RegionWide.Count;

    /// <summary>The region-wide projects grouped by field, in field order: a long list needs signposts.</summary>
    public IEnumerable<IGrouping<Field, ProjectItem>> RegionWideByField => RegionWide.GroupBy(i => i.Project.Field);
}

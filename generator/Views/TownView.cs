using MoriokaSite.Model;

namespace MoriokaSite.Views;

public sealed record TownView : PageView
{
    public required Town Town { get; init; }

    /// <summary>Projects in which only some of the towns take part: listed first, since they are what sets the town apart.</summary>
    public required IReadOnlyList<ProjectItem> Particular { get; init; }

    /// <summary>Projects of all the towns of the region.</summary>
    public required IReadOnlyList<ProjectItem> RegionWide { get; init; }

    /// <summary>The agreements this town's page links to: its own with the central city, or, for the central city, all of them.</summary>
    public required IReadOnlyList<Town> AgreementPartners { get; init; }

    /// <summary>The agreement's title (連携協約), which the section on it and its links are named by.</summary>
    public required string AgreementTitle { get; init; }

    /// <summary>The other party to every agreement.</summary>
    public required Town CentralCity { get; init; }

    /// <summary>The region's map with this town highlighted.</summary>
    public required TownMapView Map { get; init; }

    public int Count => Particular.Count + RegionWide.Count;

    /// <summary>The region-wide projects grouped by field, in field order: a long list needs signposts.</summary>
    public IEnumerable<IGrouping<Field, ProjectItem>> RegionWideByField => RegionWide.GroupBy(i => i.Project.Field);
}

using MoriokaSite.Markup;
using MoriokaSite.Model;

namespace MoriokaSite.Views;

/// <summary>A project as listed on a page; <see cref="IsCrossListed"/> marks a 再掲 entry, shown but not counted here.</summary>
public sealed record ProjectItem(Project Project, bool IsCrossListed = false)
{
    public IReadOnlyList<SummaryBlock> Summary { get; } = SummaryBlock.Parse(Project.Summary);

    public StatusLabel Status => Project.StatusLabel;

    public IReadOnlyList<Tag> Tags => Project.Tags;
}

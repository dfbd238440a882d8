using MoriokaSite.Model;

namespace MoriokaSite.Views;

public sealed record FieldView : PageView
{
    public required Field Field { get; init; }

    public required string BodyHtml { get; init; }

    /// <summary>Always the three statuses in the source's order, even when a group is empty (the source says 「なし」).</summary>
    public required IReadOnlyList<StatusGroup> Groups { get; init; }

    public int Count => Field.Projects.Count;

    /// <summary>The field's projects by stage, as one stacked bar.</summary>
    public required string StagesSvg { get; init; }

    /// <summary>How many of the field's projects each town takes part in.</summary>
    public required string TownsSvg { get; init; }
}

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

    /// <summary>
    /// The number of the field's projects every town takes part in, when it is the same for all of them: eight
    /// equal bars show no difference, so the page says it in a sentence instead of drawing them.
    /// </summary>
    public int? SameTownCount { get; init; }
}

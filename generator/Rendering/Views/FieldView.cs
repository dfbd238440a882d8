using MoriokaSite.Model;

namespace MoriokaSite.Rendering.Views;

public sealed record FieldView : PageView
{
    public required Field Field { get; init; }

    public required string BodyHtml { get; init; }

    /// <summary>Always the three statuses in the source's order, even when a group is empty (the source says 「なし」).</summary>
    public required IReadOnlyList<StatusGroup> Groups { get; init; }

    public int Count => Field.Projects.Count;
}

using MoriokaSite.Model;

namespace MoriokaSite.Rendering.Views;

/// <summary>A page of Markdown text: the agreement (general or one town's), the schedule.</summary>
public sealed record TextPageView : PageView
{
    public required string BodyHtml { get; init; }

    /// <summary>For the general agreement: the partner towns, each linked to its own agreement.</summary>
    public IReadOnlyList<Town> AgreementPartners { get; init; } = [];

    /// <summary>For one town's agreement: that town.</summary>
    public Town? Partner { get; init; }
}

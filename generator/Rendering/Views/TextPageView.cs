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

    /// <summary>For the agreements: the central city, the other party to each of them.</summary>
    public Town? CentralCity { get; init; }

    /// <summary>For the general agreement: the word in its text that each town's agreement replaces by the town's name.</summary>
    public string? Placeholder { get; init; }
}

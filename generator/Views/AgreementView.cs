using MoriokaSite.Model;

namespace MoriokaSite.Views;

/// <summary>The partnership agreement: its text as written (with every partner linked), or one partner's.</summary>
public sealed record AgreementView : PageView
{
    public required string BodyHtml { get; init; }

    /// <summary>The other party to every agreement.</summary>
    public required Town CentralCity { get; init; }

    /// <summary>The page of the text as written, which each partner's page refers back to.</summary>
    public required string TextUrl { get; init; }

    /// <summary>For the text as written: the partner towns, each linked to its own agreement.</summary>
    public IReadOnlyList<Town> Partners { get; init; } = [];

    /// <summary>For one town's agreement: that town.</summary>
    public Town? Partner { get; init; }

    /// <summary>The agreement's own title (連携協約), which the notes around the text name it by.</summary>
    public required string AgreementTitle { get; init; }

    /// <summary>The word in the text that each town's agreement replaces by the town's name.</summary>
    public required string Placeholder { get; init; }
}

using MoriokaSite.Model;

namespace MoriokaSite.Views;

public sealed record HomeView : PageView
{
    public required string IntroHtml { get; init; }

    public required IReadOnlyList<Pillar> Pillars { get; init; }

    public required SummaryTable Summary { get; init; }

    public required int ProjectCount { get; init; }

    /// <summary>What the vision is, in a sentence: the first thing a phone shows.</summary>
    public required string Lead { get; init; }

    public required TownMapView Map { get; init; }

    /// <summary>The summary table as stacked bars; the table stays as its equivalent.</summary>
    public required string ChartSvg { get; init; }

    /// <summary>Whether any project is 再掲 in a second field: only then do the counts explain how they count it.</summary>
    public required bool AnyCrossListed { get; init; }

    public int FieldCount => Summary.Groups.Sum(g => g.Rows.Count);

    public int PillarCount(Pillar pillar) => Summary.Groups.Where(g => g.Pillar == pillar).Sum(g => g.Subtotal.Total);

    public int PillarFieldCount(Pillar pillar) => Summary.Groups.Where(g => g.Pillar == pillar).Sum(g => g.Rows.Count);
}

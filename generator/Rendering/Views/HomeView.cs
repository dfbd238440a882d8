using MoriokaSite.Model;

namespace MoriokaSite.Rendering.Views;

public sealed record HomeView : PageView
{
    public required string IntroHtml { get; init; }

    public required IReadOnlyList<Pillar> Pillars { get; init; }

    public required SummaryTable Summary { get; init; }

    public required int ProjectCount { get; init; }
}

using MoriokaSite.Model;

namespace MoriokaSite.Views;

public sealed record ProjectListView : PageView
{
    public required IReadOnlyList<Pillar> Pillars { get; init; }

    public required int ProjectCount { get; init; }
}

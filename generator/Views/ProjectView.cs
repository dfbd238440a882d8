namespace MoriokaSite.Views;

public sealed record ProjectView : PageView
{
    public required ProjectItem Item { get; init; }

    /// <summary>Its changes from the repository's history; null where the build has no history to tell.</summary>
    public HistoryView? History { get; init; }
}

using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>/changes/: every publication that changed the projects, newest first.</summary>
public sealed record ChangesView : PageView
{
    public required IReadOnlyList<ChangesGroup> Groups { get; init; }
}

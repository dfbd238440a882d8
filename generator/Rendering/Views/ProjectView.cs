namespace MoriokaSite.Rendering.Views;

public sealed record ProjectView : PageView
{
    public required ProjectItem Item { get; init; }
}

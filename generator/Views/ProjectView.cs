namespace MoriokaSite.Views;

public sealed record ProjectView : PageView
{
    public required ProjectItem Item { get; init; }
}

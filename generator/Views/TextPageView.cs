namespace MoriokaSite.Views;

/// <summary>A page of Markdown text and nothing else: the schedule, or any page staff add to content/.</summary>
public sealed record TextPageView : PageView
{
    public required string BodyHtml { get; init; }
}

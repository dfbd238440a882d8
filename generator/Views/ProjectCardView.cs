using MoriokaSite.Routing;

namespace MoriokaSite.Views;

/// <summary>A project as a card inside a list: the partial needs to know the heading level of its place.</summary>
public sealed record ProjectCardView(ProjectItem Item, SiteChrome Chrome, int HeadingLevel, bool ShowField, bool ShowSummary)
{
    public Routes Routes => Chrome.Routes;
}

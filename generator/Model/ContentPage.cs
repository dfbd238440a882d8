namespace MoriokaSite.Model;

/// <summary>A page written in Markdown: the home text, the agreement, the schedule.</summary>
public sealed record ContentPage(string Title, string Description, string Body);

namespace MoriokaSite.Views;

/// <summary>One step of the breadcrumbs; the last step is the page itself and has no link.</summary>
public sealed record Crumb(string Label, string? Url);

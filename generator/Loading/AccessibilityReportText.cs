namespace MoriokaSite.Loading;

/// <summary>The audit's record as read: the path it was given as (for diagnostics) and its text.</summary>
public sealed record AccessibilityReportText(string Path, string Text);

using Microsoft.AspNetCore.Html;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>The page that stays at a removed project's URL: when it went, and what it was.</summary>
public sealed record RemovedProjectView : PageView
{
    public required IHtmlContent Lead { get; init; }

    /// <summary>The field it was in when it was removed.</summary>
    public required string FieldLine { get; init; }

    public required HistoryView History { get; init; }
}

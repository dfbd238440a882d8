using Microsoft.AspNetCore.Html;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>A project's history as its page shows it: one sentence a change, oldest first, and the way to every change.</summary>
public sealed record HistoryView(IReadOnlyList<IHtmlContent> Lines, string ChangesUrl, PageWords Words);

using MoriokaSite.Model;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>The key to the tags (the source's ◎備考欄の見方), where their labels appear.</summary>
public sealed record TagLegendView(IReadOnlyList<Tag> Tags, PageWords Words);

using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>A project's status and tags as labels, in the wording of the page that shows them.</summary>
public sealed record LabelsView(ProjectItem Item, PageWords Words);

using MoriokaSite.Model;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>A project's towns as a list shows them: the region gives the word when all of them take part.</summary>
public sealed record ProjectTownsView(Project Project, Region Region, PageWords Words);

using Microsoft.AspNetCore.Html;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>One publication on /changes/: its heading, and a sentence for each change (or one for the first version).</summary>
/// <param name="Anchor">The heading's id, the same from build to build: the publication's commit.</param>
public sealed record ChangesGroup(string Anchor, string Heading, IReadOnlyList<IHtmlContent> Items);

using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>A Markdown file as read: its front matter (in file order) and its body.</summary>
/// <param name="BodyLine">The line of the file on which the body starts, so that a problem in the body is reported at its line.</param>
public sealed record MarkdownFile(string Path, IReadOnlyList<FrontMatterValue> FrontMatter, string Body, bool HasFrontMatter, int BodyLine = 1)
{
    public FrontMatterValue? this[string key] => FrontMatter.FirstOrDefault(v => v.Key == key);

    public SourceLocation Start => SourceLocation.StartOf(Path);
}

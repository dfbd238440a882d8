using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>A Markdown file as read: its front matter (in file order) and its body.</summary>
public sealed record MarkdownFile(string Path, IReadOnlyList<FrontMatterValue> FrontMatter, string Body, bool HasFrontMatter)
{
    public FrontMatterValue? this[string key] => FrontMatter.FirstOrDefault(v => v.Key == key);

    public SourceLocation Start => SourceLocation.StartOf(Path);
}

using Markdig;

namespace MoriokaSite.Rendering;

/// <summary>Markdown → HTML for the content pages, with one pipeline built once.</summary>
public static class MarkdownRenderer
{
    // Pipe tables for the agreement's 別表 and the schedule; nothing else beyond CommonMark, so that
    // what staff see in GitHub's preview is what the site shows.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline).TrimEnd('\n');
}

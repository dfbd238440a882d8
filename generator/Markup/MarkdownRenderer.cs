using Ganss.Xss;
using Markdig;

namespace MoriokaSite.Markup;

/// <summary>
/// Markdown → HTML for the content pages, with one pipeline built once. Raw HTML and link targets
/// pass through <see cref="HtmlPolicy"/>: what could run a script or show another site is removed,
/// and validation (MarkdownBodyCheck) has told staff so, at the line.
/// </summary>
public static class MarkdownRenderer
{
    // Pipe tables for the agreement's 別表 and the schedule; nothing else beyond CommonMark, so that
    // what staff see in GitHub's preview is what the site shows.
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    // Sanitize may be called from several threads at once on one instance whose settings stay as they are.
    private static readonly HtmlSanitizer Sanitizer = HtmlPolicy.Create();

    /// <param name="tableName">The accessible name of a table's scrolling region, from the heading above it ("" when none): the theme's wording.</param>
    public static string ToHtml(string markdown, Func<string, string> tableName) =>
        TableRegions.Wrap(Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)), tableName).TrimEnd('\n');
}

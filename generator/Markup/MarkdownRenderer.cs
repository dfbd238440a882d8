using System.Collections.Concurrent;
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

    // serve builds the whole site again on every save, and a page's Markdown seldom changes between two saves, while
    // the sanitiser and the table regions each parse the page's HTML: the agreement's pages alone took 18-26 ms of a
    // 150 ms rebuild. Each page is kept by its Markdown (the pipeline and the policy never change) and its regions'
    // names, which are the wording's and may change alone. A build of its own makes each page once, as before; only
    // serve gains. Emptied when it grows past what any site has.
    private const int MostKept = 2_000;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> TableHeadings = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Markdown, string Names), string> Made = new();

    /// <param name="tableName">The accessible name of a table's scrolling region, from the heading above it ("" when none): the theme's wording.</param>
    public static string ToHtml(string markdown, Func<string, string> tableName)
    {
        if (TableHeadings.TryGetValue(markdown, out var known) && Made.TryGetValue((markdown, Names(known, tableName)), out var kept))
        {
            return kept;
        }

        var (html, headings) = TableRegions.Wrap(Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)), tableName);
        html = html.TrimEnd('\n');
        if (Made.Count > MostKept)
        {
            Made.Clear();
            TableHeadings.Clear();
        }

        TableHeadings[markdown] = headings;
        Made[(markdown, Names(headings, tableName))] = html;
        return html;
    }

    /// <summary>The regions' names as one key.</summary>
    private static string Names(IReadOnlyList<string> headings, Func<string, string> tableName) => string.Join('\u001f', headings.Select(tableName));
}

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
    // 150 ms rebuild. Each result is kept by the text it was made from (the pipeline and the policy never change);
    // a build of its own reads each page once, so only serve gains. Emptied when it grows past what any site has.
    private const int MostKept = 2_000;
    private static readonly ConcurrentDictionary<string, (string Html, IReadOnlyList<string> TableHeadings)> Sanitized = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Markdown, string Names), string> Finished = new();

    /// <param name="tableName">The accessible name of a table's scrolling region, from the heading above it ("" when none): the theme's wording.</param>
    public static string ToHtml(string markdown, Func<string, string> tableName)
    {
        var (html, headings) = Kept(Sanitized, markdown, m =>
        {
            var sanitized = Sanitizer.Sanitize(Markdown.ToHtml(m, Pipeline));
            return (sanitized, sanitized.Contains("<table", StringComparison.Ordinal) ? TableRegions.Headings(sanitized) : []);
        });
        if (!html.Contains("<table", StringComparison.Ordinal))
        {
            return html.TrimEnd('\n'); // As TableRegions.Wrap leaves it.
        }

        // The regions' names are the wording's, which may change while the Markdown does not: they are part of the key.
        var names = string.Join('\u001f', headings.Select(tableName));
        return Kept(Finished, (markdown, names), _ => TableRegions.Wrap(html, tableName).TrimEnd('\n'));
    }

    private static TValue Kept<TKey, TValue>(ConcurrentDictionary<TKey, TValue> kept, TKey key, Func<TKey, TValue> make)
        where TKey : notnull
    {
        if (kept.Count > MostKept)
        {
            kept.Clear();
        }

        return kept.GetOrAdd(key, make);
    }
}

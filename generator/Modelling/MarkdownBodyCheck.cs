using System.Net;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Markup;
using MoriokaSite.Text;

namespace MoriokaSite.Modelling;

/// <summary>
/// Reads a Markdown body as its page will and reports, at the line, what the page will not show:
/// raw HTML and link targets that <see cref="MarkdownRenderer"/> removes (warnings: the page is
/// still safe to publish), invisible control characters, and nesting too deep or a paragraph too large to read at all (errors).
/// </summary>
public static class MarkdownBodyCheck
{
    public static void Check(MarkdownFile file, DiagnosticBag diagnostics)
    {
        CheckVisible(file, diagnostics);
        var (document, refused) = MarkdownNesting.Read(file.Body, Read);
        if (refused is not null)
        {
            var at = new SourceLocation(file.Path, file.BodyLine + refused.Line - 1, 1);
            diagnostics.Error(at, refused.TooLarge ? Problems.ParagraphTooLarge(refused.Marks) : Problems.MarkdownTooDeep());
        }

        foreach (var node in document.Descendants())
        {
            if (Html(node) is not { } html)
            {
                continue;
            }

            var at = new SourceLocation(file.Path, file.BodyLine + node.Line, node.Column + 1);
            foreach (var problem in HtmlPolicy.Removals(html))
            {
                diagnostics.Warning(at, problem);
            }
        }
    }

    /// <summary>
    /// Each line's first invisible character, as in the front matter and the CSV cells: Markdig turns a NUL
    /// into U+FFFD and passes U+FFFF into the page, without a word.
    /// </summary>
    private static void CheckVisible(MarkdownFile file, DiagnosticBag diagnostics)
    {
        if (TextNormalizer.InvisibleAt(file.Body) < 0)
        {
            return;
        }

        var lines = file.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var at = TextNormalizer.InvisibleAt(lines[i]);
            if (at >= 0)
            {
                var problem = Problems.InvisibleCharacterInBody(TextNormalizer.CodePoint(lines[i], at), TextNormalizer.VisibleBefore(lines[i], at));
                diagnostics.Error(new SourceLocation(file.Path, file.BodyLine + i, at + 1), problem);
            }
        }
    }

    // As the page reads it: Markdig checks its depth limit both while parsing and while writing HTML.
    private static MarkdownDocument Read(string body)
    {
        var document = Markdown.Parse(body, MarkdownRenderer.Pipeline);
        document.ToHtml(MarkdownRenderer.Pipeline);
        return document;
    }

    // The HTML a node adds to the page beyond Markdown's own markup: its raw HTML, or its link as a tag.
    private static string? Html(MarkdownObject node) => node switch
    {
        HtmlBlock block => block.Lines.ToString(),
        HtmlInline inline => inline.Tag,
        LinkInline { Url: { } url, IsImage: true } => $"<img src=\"{Attribute(url)}\">",
        LinkInline { Url: { } url } => $"<a href=\"{Attribute(url)}\"></a>",
        AutolinkInline { IsEmail: true } => null,
        AutolinkInline link => $"<a href=\"{Attribute(link.Url)}\"></a>",
        _ => null,
    };

    private static string Attribute(string url) => WebUtility.HtmlEncode(url);
}

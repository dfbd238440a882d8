using AngleSharp.Html.Parser;

namespace MoriokaSite.Markup;

/// <summary>
/// Puts each table of a content page in a region of its own that scrolls sideways: the agreement's
/// 別表 has four columns of sentences, which a phone can show readably only by scrolling the table,
/// never the page. The region is named after the heading above the table and can take focus, so a
/// keyboard can scroll it too (WCAG 2.1.1).
/// </summary>
public static class TableRegions
{
    private static readonly HtmlParser Parser = new();

    /// <param name="name">The region's name made from the heading above the table ("" when there is none).</param>
    /// <returns>The page, and the heading above each table in order, which the names were made from.</returns>
    public static (string Html, IReadOnlyList<string> Headings) Wrap(string html, Func<string, string> name)
    {
        if (!html.Contains("<table", StringComparison.Ordinal))
        {
            return (html, []); // Most pages: the sanitizer's output as it is.
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><body>" + html);
        var headings = new List<string>();
        foreach (var table in document.QuerySelectorAll("table").ToList())
        {
            var heading = HeadingBefore(table);
            headings.Add(heading);
            var region = document.CreateElement("div");
            region.SetAttribute("class", "table-scroll");
            region.SetAttribute("role", "region");
            region.SetAttribute("tabindex", "0");
            region.SetAttribute("aria-label", name(heading));
            table.Parent!.InsertBefore(region, table);
            region.AppendChild(table);
        }

        return (document.Body!.InnerHtml, headings);
    }

    private static string HeadingBefore(AngleSharp.Dom.IElement table)
    {
        for (var e = table.PreviousElementSibling; e is not null; e = e.PreviousElementSibling)
        {
            if (e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return e.TextContent.Trim();
            }
        }

        return string.Empty;
    }
}

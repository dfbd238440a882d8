using System.Collections.Concurrent;
using System.Net;
using System.Text;
using MoriokaSite.Text.Phrases;

namespace MoriokaSite.Markup;

/// <summary>
/// Marks where short Japanese lines may break: a <c>&lt;wbr&gt;</c> at each phrase boundary inside headings,
/// captions, buttons, disclosure summaries and any element of class <c>phrases</c>. Not in table cells: a column
/// as narrow as a phone's must be free to break a long name anywhere 禁則 allows, or the table would not fit. The theme's style sheet
/// keeps those elements from breaking anywhere else (<c>word-break: keep-all</c>), so 「岩手山麓サイクルツ／ーリズム」
/// cannot happen in any browser — not only in those that break by phrase themselves. Runs on a page's finished HTML,
/// which the generator wrote itself: well formed, attributes quoted, no markup inside a tag's text.
/// </summary>
public sealed class PhraseBreaks(PhraseSegmenter segmenter)
{
    private const string Break = "<wbr>";

    /// <summary>Where the breaks come from: search.js marks a result's name with the same places.</summary>
    public PhraseSegmenter Segmenter => segmenter;
    private const string PhraseClass = "phrases";

    private static readonly HashSet<string> Targets = new(StringComparer.OrdinalIgnoreCase) { "h1", "h2", "h3", "h4", "h5", "h6", "caption", "button", "summary" };

    // Elements whose content is not text to break: scripts and styles are code, an SVG lays out its own text.
    private static readonly HashSet<string> Opaque = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "svg", "template", "textarea", "pre", "code" };

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    // The same headings and buttons recur on every page (the site's name, the menu, a field's name on each of its
    // projects): each distinct text is segmented once per build.
    private readonly ConcurrentDictionary<string, IReadOnlyList<int>> _boundaries = new(StringComparer.Ordinal);

    /// <summary>The page with its break points marked; a page without any target element comes back unchanged.</summary>
    public string Apply(string html)
    {
        var output = new StringBuilder(html.Length + (html.Length / 16));
        var at = 0;
        while (at < html.Length)
        {
            var tagStart = html.IndexOf('<', at);
            if (tagStart < 0)
            {
                output.Append(html, at, html.Length - at);
                break;
            }

            output.Append(html, at, tagStart - at);
            var tag = Tag.Read(html, tagStart);
            if (tag.IsOpening && Opaque.Contains(tag.Name))
            {
                var end = SkipElement(html, tag);
                output.Append(html, tagStart, end - tagStart);
                at = end;
            }
            else if (tag.IsOpening && !tag.IsSelfClosing && (Targets.Contains(tag.Name) || tag.HasClass(html, PhraseClass)))
            {
                var contentEnd = FindClose(html, tag);
                output.Append(html, tagStart, tag.End - tagStart);
                MarkPhrases(html, tag.End, contentEnd, output);
                at = contentEnd;
            }
            else
            {
                output.Append(html, tagStart, tag.End - tagStart);
                at = tag.End;
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// Copies a target's content with breaks added. The text of its inline elements is read as one sentence (a heading
    /// whose name is a link and whose count follows it is one line of text), split at line breaks and opaque elements.
    /// </summary>
    private void MarkPhrases(string html, int from, int to, StringBuilder output)
    {
        var sentence = new StringBuilder();
        var places = new List<int>(); // for each character of the sentence, where it starts in the HTML
        var insertAt = new SortedSet<int>();
        var at = from;
        while (at < to)
        {
            if (html[at] == '<')
            {
                var tag = Tag.Read(html, at);
                if (tag.IsOpening && Opaque.Contains(tag.Name))
                {
                    EndSentence(sentence, places, insertAt);
                    at = SkipElement(html, tag);
                    continue;
                }

                if (tag.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    EndSentence(sentence, places, insertAt);
                }

                at = tag.End;
                continue;
            }

            var length = 1;
            string character;
            if (html[at] == '&')
            {
                var semicolon = html.IndexOf(';', at, Math.Min(12, to - at));
                length = semicolon < 0 ? 1 : semicolon - at + 1;
                character = WebUtility.HtmlDecode(html.Substring(at, length));
            }
            else
            {
                character = html.Substring(at, 1);
            }

            // A character of several UTF-16 units (an entity for one outside the BMP) keeps its place on its first unit only.
            for (var unit = 0; unit < character.Length; unit++)
            {
                places.Add(unit == 0 ? at : -1);
            }

            sentence.Append(character);
            at += length;
        }

        EndSentence(sentence, places, insertAt);
        var copied = from;
        foreach (var place in insertAt)
        {
            output.Append(html, copied, place - copied).Append(Break);
            copied = place;
        }

        output.Append(html, copied, to - copied);
    }

    private void EndSentence(StringBuilder sentence, List<int> places, SortedSet<int> insertAt)
    {
        var text = sentence.ToString();
        foreach (var boundary in _boundaries.GetOrAdd(text, segmenter.Boundaries))
        {
            // Where a space already lets the line break, a mark adds nothing.
            if (places[boundary] >= 0 && !char.IsWhiteSpace(text[boundary - 1]) && !char.IsWhiteSpace(text[boundary]))
            {
                insertAt.Add(places[boundary]);
            }
        }

        sentence.Clear();
        places.Clear();
    }

    /// <summary>Where the element opened by <paramref name="open"/> ends its content: the start of its own closing tag.</summary>
    private static int FindClose(string html, Tag open)
    {
        var depth = 0;
        var at = open.End;
        while (true)
        {
            var next = html.IndexOf('<', at);
            if (next < 0)
            {
                return html.Length;
            }

            var tag = Tag.Read(html, next);
            if (tag.Name.Equals(open.Name, StringComparison.OrdinalIgnoreCase))
            {
                if (tag.IsOpening && !tag.IsSelfClosing)
                {
                    depth++;
                }
                else if (!tag.IsOpening && depth-- == 0)
                {
                    return next;
                }
            }

            at = tag.IsOpening && Opaque.Contains(tag.Name) ? SkipElement(html, tag) : tag.End;
        }
    }

    /// <summary>Past the closing tag of an opaque element (or its opening tag, when it closes itself or has none).</summary>
    private static int SkipElement(string html, Tag open)
    {
        if (open.IsSelfClosing || Void.Contains(open.Name))
        {
            return open.End;
        }

        var close = html.IndexOf("</" + open.Name, open.End, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return html.Length;
        }

        var end = html.IndexOf('>', close);
        return end < 0 ? html.Length : end + 1;
    }

    /// <summary>One tag of the page: its name, whether it opens or closes, and where it ends.</summary>
    private readonly record struct Tag(string Name, bool IsOpening, bool IsSelfClosing, int Start, int End)
    {
        public static Tag Read(string html, int start)
        {
            if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
            {
                var commentEnd = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
                return new Tag("!--", false, false, start, commentEnd < 0 ? html.Length : commentEnd + 3);
            }

            var end = TagEnd(html, start);
            var closing = start + 1 < html.Length && html[start + 1] == '/';
            var nameStart = start + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < end && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-' || html[nameEnd] == '!'))
            {
                nameEnd++;
            }

            return new Tag(html[nameStart..nameEnd], !closing, end >= 2 && html[end - 2] == '/' && html[end - 1] == '>', start, end);
        }

        /// <summary>Whether the tag's class attribute lists <paramref name="name"/>; read in place, since most tags have no class worth a copy.</summary>
        public bool HasClass(string html, string name)
        {
            var source = html.AsSpan(Start, End - Start);
            var at = source.IndexOf(" class=\"", StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var value = source[(at + 8)..];
            var end = value.IndexOf('"');
            foreach (var range in value[..Math.Max(end, 0)].Split(' '))
            {
                if (value[range].SequenceEqual(name))
                {
                    return true;
                }
            }

            return false;
        }

        // A '>' inside a quoted attribute value does not end the tag.
        private static int TagEnd(string html, int start)
        {
            var quote = '\0';
            for (var i = start + 1; i < html.Length; i++)
            {
                var c = html[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i + 1;
                }
            }

            return html.Length;
        }
    }
}

using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Html;
using MoriokaSite.Charts;
using MoriokaSite.Loading;
using MoriokaSite.Templates;

namespace MoriokaSite.Words;

/// <summary>
/// The site's wording (<see cref="Wording"/>) as templates use it: as text, which Razor encodes, or as HTML for a
/// sentence with a link or a marked number in it. Every word a page shows comes from here; the templates only
/// place them.
/// </summary>
public sealed class PageWords(Wording wording)
{
    /// <summary>Each text's words, encoded once: a project card's sentences are made for every card of every page.</summary>
    private readonly ConcurrentDictionary<string, string[]> _encoded = new(StringComparer.Ordinal);

    public Wording Wording => wording;

    /// <summary>The text of <paramref name="key"/>, the site's facts and <paramref name="values"/> filled in.</summary>
    public string this[string key, params (string Name, object Value)[] values] => wording[key, values];

    /// <summary>Whether <paramref name="key"/> has any words: a sentence left empty is left out of the page.</summary>
    public bool Has(string key) => wording.Has(key);

    /// <summary>
    /// The text of <paramref name="key"/> as HTML: its words and text values encoded, a value that is HTML already
    /// (another Html(…), or an <see cref="Element"/>) as it is, and each [words]({url}) a link to the value of url.
    /// </summary>
    public IHtmlContent Html(string key, params (string Name, object Value)[] values)
    {
        var parts = wording.Template(key).Parts;
        var encoded = _encoded.GetOrAdd(key, _ => [.. parts.Select(p => p.Kind == WordPartKind.Text ? TemplateEngine.Encoder.Encode(p.Value) : string.Empty)]);
        var html = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            switch (part.Kind)
            {
                case WordPartKind.Text:
                    html.Append(encoded[i]);
                    break;
                case WordPartKind.Placeholder:
                    html.Append(values.FirstOrDefault(v => v.Name == part.Value).Value is IHtmlContent raw ? Markup(raw) : TemplateEngine.Encoder.Encode(wording.Value(key, part.Value, values)));
                    break;
                case WordPartKind.LinkStart:
                    html.Append("<a href=\"").Append(TemplateEngine.Encoder.Encode(wording.Value(key, part.Value, values))).Append("\">");
                    break;
                case WordPartKind.LinkEnd:
                    html.Append("</a>");
                    break;
            }
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>
    /// An element the template chooses, with its text and attributes encoded, to go into a sentence as a value
    /// of <see cref="Html"/>: a number set apart (&lt;span class="n"&gt;), a date a machine can read (&lt;time&gt;).
    /// </summary>
    public static IHtmlContent Element(string name, object text, params (string Name, string Value)[] attributes)
    {
        var html = new StringBuilder().Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            html.Append(' ').Append(attribute).Append("=\"").Append(TemplateEngine.Encoder.Encode(value)).Append('"');
        }

        var content = text is IHtmlContent raw ? Markup(raw) : TemplateEngine.Encoder.Encode(Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        return new HtmlString(html.Append('>').Append(content).Append("</").Append(name).Append('>').ToString());
    }

    /// <summary>Links, one after another with a space between, as a list of them reads inside a sentence.</summary>
    public static IHtmlContent Links(IEnumerable<(string Url, string Text)> links) =>
        new HtmlString(string.Join(' ', links.Select(l => $"<a href=\"{TemplateEngine.Encoder.Encode(l.Url)}\">{TemplateEngine.Encoder.Encode(l.Text)}</a>")));

    private static string Markup(IHtmlContent content)
    {
        if (content is HtmlString html)
        {
            return html.Value ?? string.Empty;
        }

        using var text = new StringWriter();
        content.WriteTo(text, TemplateEngine.Encoder);
        return text.ToString();
    }

    /// <summary>The wording of count.projects around its number, for the charts, which set the number apart.</summary>
    public CountText ProjectCountText()
    {
        const string Mark = "\u0000";
        var parts = this["count.projects", ("count", Mark)].Split(Mark);
        return new CountText(parts[0], string.Join(string.Empty, parts.Skip(1)));
    }

    /// <summary>A count of projects as the site writes it everywhere: N事業, or なし.</summary>
    public string Projects(int count) => count == 0 ? this["count.none"] : this["count.projects", ("count", count)];

    /// <summary>A number of things in a sentence (3つの柱, 17の分野): count.few up to nine, count.many from ten, as Japanese counts.</summary>
    public string Things(int count) => this[count < 10 ? "count.few" : "count.many", ("count", count)];
}

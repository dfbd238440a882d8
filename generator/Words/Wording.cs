using System.Globalization;
using System.Text;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Text;

namespace MoriokaSite.Words;

/// <summary>
/// The site's wording (its theme's strings.json, with content/strings.json in its place where it has one) filled
/// with the site's facts, which come from site.json and data/: the words are the wording's, the names and numbers
/// the region's. Pages, open data, the feed and search all take their words from here.
/// </summary>
public sealed class Wording
{
    private readonly ThemeStrings _strings;
    private readonly Dictionary<string, string> _facts;

    /// <summary>Each text that needs nothing from its page, filled once: most of a page's words are a lookup here.</summary>
    private readonly Dictionary<string, string> _filled = new(StringComparer.Ordinal);

    public Wording(ThemeStrings strings, SiteModel site)
    {
        _strings = strings;
        _facts = new(StringComparer.Ordinal)
        {
            ["kinds"] = site.Region.Kinds,
            ["allTowns"] = site.Region.AllTowns,
            ["asOf"] = EraDate.Format(site.Config.Updated, strings[ThemeStringKeys.DateKey].Text),
            ["region"] = site.Config.Region,
            ["centralCity"] = site.Region.CentralCity?.Name ?? string.Empty,
            ["site"] = site.Config.Title,
        };
        foreach (var (key, template) in strings.Texts)
        {
            if (template.Parts.All(p => p.Kind != WordPartKind.Placeholder || _facts.ContainsKey(p.Value)))
            {
                _filled[key] = Fill(key, template, []);
            }
        }
    }

    /// <summary>The data's date as the wording writes dates (平成27年11月24日).</summary>
    public string AsOf => _facts["asOf"];

    /// <summary>The text of <paramref name="key"/>, with the site's facts and <paramref name="values"/> filled in.</summary>
    public string this[string key, params (string Name, object Value)[] values] =>
        values.Length == 0 && _filled.TryGetValue(key, out var filled) ? filled : Fill(key, Template(key), values);

    /// <summary>Whether <paramref name="key"/> has any words: a sentence a site leaves empty is left out.</summary>
    public bool Has(string key) => !Template(key).IsEmpty;

    public WordTemplate Template(string key) => _strings[key];

    /// <summary>
    /// The text of <paramref name="key"/> with the site's facts filled in and the page's placeholders left as
    /// they are: for the browser, which fills them (search.js).
    /// </summary>
    public string ForBrowser(string key) =>
        string.Concat(Template(key).Parts.Select(p => p.Kind == WordPartKind.Placeholder && _facts.TryGetValue(p.Value, out var fact) ? fact : p.Kind == WordPartKind.Placeholder ? "{" + p.Value + "}" : p.Value));

    private string Fill(string key, WordTemplate template, (string Name, object Value)[] values)
    {
        var text = new StringBuilder();
        foreach (var part in template.Parts)
        {
            text.Append(part.Kind switch
            {
                WordPartKind.Text => part.Value,
                WordPartKind.Placeholder => Value(key, part.Value, values),
                _ => string.Empty, // A link's words read as words where no link can be made.
            });
        }

        return text.ToString();
    }

    /// <summary>A placeholder's value: one the page gives, else a fact of the site.</summary>
    /// <exception cref="InvalidOperationException">A placeholder the loader's check should have ruled out: a bug.</exception>
    public string Value(string key, string name, IReadOnlyList<(string Name, object Value)> values)
    {
        foreach (var (given, value) in values)
        {
            if (given == name)
            {
                return value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;
            }
        }

        return _facts.TryGetValue(name, out var fact) ? fact : throw new InvalidOperationException($"\"{key}\" has the placeholder {{{name}}}, which nothing fills");
    }
}

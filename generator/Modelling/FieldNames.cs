using System.Text;
using MoriokaSite.Model;
using MoriokaSite.Text;

namespace MoriokaSite.Modelling;

/// <summary>
/// Reads a field as staff write it: its id (tourism) or its name (戦略的な観光施策), and for anything
/// else finds the few fields nearest by id or name, for 「もしかして」.
/// </summary>
internal sealed class FieldNames
{
    private readonly IReadOnlyList<Field> _fields;
    private readonly Dictionary<string, Field> _byName = new(StringComparer.Ordinal);

    public FieldNames(IReadOnlyList<Field> fields)
    {
        _fields = fields;
        foreach (var field in fields)
        {
            _byName.TryAdd(Key(field.Slug), field);
        }

        // Ids first: should a name ever equal another field's id, the id wins, as the guide says to write ids.
        foreach (var field in fields)
        {
            _byName.TryAdd(Key(field.Title), field);
            _byName.TryAdd(Key(field.ShortTitle), field); // The name pages show, for a field that has a short one.
        }
    }

    public Field? Find(string text) => _byName.GetValueOrDefault(Key(text));

    /// <summary>
    /// Splits a list of fields (再掲分野). Names are taken whole first: they contain the list's own
    /// separators (教育・文化・スポーツ, 策定、国の…), so splitting them would break them apart.
    /// </summary>
    public IReadOnlyList<string> SplitList(string cell)
    {
        var found = new List<(int At, string Text)>();
        var rest = cell;
        foreach (var title in _fields.SelectMany(f => new[] { f.Title, f.ShortTitle }).Distinct(StringComparer.Ordinal).Where(t => t.Length > 0).OrderByDescending(t => t.Length))
        {
            for (var at = rest.IndexOf(title, StringComparison.Ordinal); at >= 0; at = rest.IndexOf(title, at + 1, StringComparison.Ordinal))
            {
                if (Bounded(rest, at, title.Length))
                {
                    found.Add((at, title));
                    rest = string.Concat(rest.AsSpan(0, at), new string('\n', title.Length), rest.AsSpan(at + title.Length));
                }
            }
        }

        // The words left between the names keep their places, so the list reads in the order written.
        var words = new List<(int At, string Text)>();
        var start = 0;
        foreach (var part in rest.Split('\n'))
        {
            words.AddRange(TextNormalizer.SplitList(part).Select(w => (start + part.IndexOf(w, StringComparison.Ordinal), w)));
            start += part.Length + 1;
        }

        return found.Concat(words).OrderBy(x => x.At).Select(x => x.Text).ToList();
    }

    /// <summary>The nearest fields, by id or by name, each as its id and name.</summary>
    public IReadOnlyList<(string Slug, string Title)> Nearest(string text)
    {
        var candidates = _fields.SelectMany(f => new[] { Key(f.Slug), Key(f.Title) });
        return Suggestions.NearestFew(Key(text), candidates)
            .Select(c => _byName[c])
            .Distinct()
            .Select(f => (f.Slug, f.Title))
            .ToList();
    }

    private static bool Bounded(string text, int at, int length) =>
        (at == 0 || IsSeparator(text[at - 1])) && (at + length == text.Length || IsSeparator(text[at + length]));

    private static bool IsSeparator(char c) => c is '、' or '，' or ',' or '・' or ' ' or '\u3000' or '\n' or '\t';

    /// <summary>Full-width letters and half-width kana read as the same name (ｔｏｕｒｉｓｍ, 観光).</summary>
    private static string Key(string text) => text.Normalize(NormalizationForm.FormKC);
}

using System.Text.RegularExpressions;

namespace MoriokaSite.Loading;

/// <summary>
/// A wording text split once, when it is read, into its words and placeholders ({town}), and its links
/// ([words]({url}), as Markdown writes one), so that filling it on every page is a walk through its parts.
/// Anything else in braces or brackets is words.
/// </summary>
public sealed partial record WordTemplate(string Text, IReadOnlyList<WordPart> Parts)
{
    /// <summary>A placeholder: a name in braces.</summary>
    [GeneratedRegex(@"\{([^{}\s]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>A link: words in brackets, then a placeholder in parentheses for its address.</summary>
    [GeneratedRegex(@"\[([^\[\]]*)\]\(\{([^{}\s]+)\}\)")]
    private static partial Regex Link();

    public static WordTemplate Parse(string text)
    {
        var parts = new List<WordPart>();
        var at = 0;
        foreach (Match link in Link().Matches(text))
        {
            AddWords(parts, text[at..link.Index]);
            parts.Add(new(WordPartKind.LinkStart, link.Groups[2].Value));
            AddWords(parts, link.Groups[1].Value);
            parts.Add(new(WordPartKind.LinkEnd, string.Empty));
            at = link.Index + link.Length;
        }

        AddWords(parts, text[at..]);
        return new WordTemplate(text, parts);
    }

    /// <summary>The names of the placeholders, links' addresses included, each once, in order.</summary>
    public IReadOnlyList<string> Placeholders =>
        Parts.Where(p => p.Kind is WordPartKind.Placeholder or WordPartKind.LinkStart).Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList();

    public bool IsEmpty => Text.Length == 0;

    private static void AddWords(List<WordPart> parts, string text)
    {
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(text))
        {
            if (placeholder.Index > at)
            {
                parts.Add(new(WordPartKind.Text, text[at..placeholder.Index]));
            }

            parts.Add(new(WordPartKind.Placeholder, placeholder.Groups[1].Value));
            at = placeholder.Index + placeholder.Length;
        }

        if (at < text.Length)
        {
            parts.Add(new(WordPartKind.Text, text[at..]));
        }
    }
}

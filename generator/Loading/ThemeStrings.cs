using System.Text.RegularExpressions;

namespace MoriokaSite.Loading;

/// <summary>
/// A theme's page wording (themes/NAME/strings.json), as Hugo's and Zola's i18n files hold it: each key's
/// Japanese text, with named placeholders such as {town}. Read and checked against
/// <see cref="ThemeStringKeys"/> while loading, so every key is there and every placeholder can be filled.
/// </summary>
public sealed partial record ThemeStrings(IReadOnlyDictionary<string, string> Texts)
{
    /// <summary>The file's name inside the theme's folder.</summary>
    public const string FileName = "strings.json";

    /// <summary>A placeholder: a name in braces. Anything else in braces is left as text.</summary>
    [GeneratedRegex(@"\{([^{}\s]+)\}")]
    public static partial Regex Placeholder();

    /// <summary>The text of <paramref name="key"/> with its placeholders filled from <paramref name="values"/>.</summary>
    /// <exception cref="InvalidOperationException">A key or value the loader's check should have ruled out: a bug.</exception>
    public string Fill(string key, IReadOnlyDictionary<string, string> values)
    {
        var text = Texts.TryGetValue(key, out var found) ? found : throw new InvalidOperationException($"strings.json was checked, yet has no \"{key}\"");
        return Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"\"{key}\" has the placeholder {m.Value}, which nothing fills"));
    }
}

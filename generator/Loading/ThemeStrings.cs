namespace MoriokaSite.Loading;

/// <summary>
/// The wording of the pages, as Hugo's and Zola's i18n files hold it: each key's Japanese text, with named
/// placeholders such as {town}. A theme's strings.json gives every key (checked against
/// <see cref="ThemeStringKeys"/> while loading); a site's own content/strings.json may give any of them again,
/// and its text is the one used, as a Hugo project's i18n/ overrides its theme's.
/// </summary>
public sealed record ThemeStrings(IReadOnlyDictionary<string, WordTemplate> Texts)
{
    /// <summary>The file's name, inside the theme's folder and in the site's content/.</summary>
    public const string FileName = "strings.json";

    /// <summary>This wording with the site's own texts in place of the theme's.</summary>
    public ThemeStrings With(IReadOnlyDictionary<string, WordTemplate> site)
    {
        var texts = new Dictionary<string, WordTemplate>(Texts, StringComparer.Ordinal);
        foreach (var (key, text) in site)
        {
            texts[key] = text;
        }

        return new ThemeStrings(texts);
    }

    /// <summary>The text of <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">A key the loader's check should have ruled out: a bug.</exception>
    public WordTemplate this[string key] =>
        Texts.TryGetValue(key, out var found) ? found : throw new InvalidOperationException($"strings.json was checked, yet has no \"{key}\"");
}

using System.Text.Json;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Text;

namespace MoriokaSite.Loading;

/// <summary>
/// Reads a wording file (a theme's strings.json, a site's content/strings.json) with the same care as site.json:
/// a syntax error at its line, and each problem of a key at the key's line and column. A theme's file gives every
/// key of <see cref="ThemeStringKeys"/>; a site's, any of them. In both, every key is one the generator asks for
/// and every placeholder one its page can fill, so that no page is rendered with a hole or a word nobody reads.
/// </summary>
public static class ThemeStringsLoader
{
    /// <summary>The longest a text may be: the theme's longest (a page's description) has 76 characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>The site's own wording, beside its pages: it goes with content/ when a region replaces its content.</summary>
    public const string SitePath = "content/" + ThemeStrings.FileName;

    /// <param name="themeFolder">The theme's folder as diagnostics print it: themes/default.</param>
    public static ThemeStrings? Load(string root, string themeFolder, DiagnosticBag diagnostics)
    {
        var path = $"{themeFolder}/{ThemeStrings.FileName}";
        var text = SourceFile.ReadText(root, path, new Phrase($"テーマの文言 {path}", $"The theme's wording {path}"), diagnostics);
        return text is null ? null : Parse(path, text, diagnostics);
    }

    /// <summary>The site's own texts (content/strings.json); none when the site has no such file, which is allowed.</summary>
    public static IReadOnlyDictionary<string, WordTemplate> LoadSite(string root, DiagnosticBag diagnostics)
    {
        if (!File.Exists(Path.Combine(root, SitePath)) && new FileInfo(Path.Combine(root, SitePath)).LinkTarget is null)
        {
            return new Dictionary<string, WordTemplate>();
        }

        var text = SourceFile.ReadText(root, SitePath, new Phrase($"サイトの文言 {SitePath}", $"The site's wording {SitePath}"), diagnostics);
        return text is null ? new Dictionary<string, WordTemplate>() : Read(SitePath, text, everyKey: false, diagnostics) ?? new Dictionary<string, WordTemplate>();
    }

    /// <summary>A theme's file: every key must be there.</summary>
    public static ThemeStrings? Parse(string path, string text, DiagnosticBag diagnostics) =>
        Read(path, text, everyKey: true, diagnostics) is { } texts ? new ThemeStrings(texts) : null;

    /// <summary>The file's texts; null after reporting why one of them cannot be used.</summary>
    public static IReadOnlyDictionary<string, WordTemplate>? Read(string path, string text, bool everyKey, DiagnosticBag diagnostics)
    {
        using var file = JsonObjectFile.Read(path, text, Problems.ThemeStringsInvalid, diagnostics);
        if (file is null)
        {
            return null;
        }

        var texts = new Dictionary<string, WordTemplate>(StringComparer.Ordinal);
        var ok = true;
        foreach (var property in file.Root.EnumerateObject())
        {
            if (!ThemeStringKeys.IsKey(property.Name))
            {
                var nearest = Suggestions.Nearest(property.Name, ThemeStringKeys.Keys.Select(k => k.Key));
                diagnostics.Error(file.At(property.Name), Problems.ThemeStringUnknown(property.Name, nearest));
                ok = false;
            }
            else if (Checked(property.Name, property.Value, file.At(property.Name), diagnostics) is { } checkedText)
            {
                texts[property.Name] = checkedText;
            }
            else
            {
                ok = false;
            }
        }

        foreach (var (key, _) in everyKey ? ThemeStringKeys.Keys : [])
        {
            if (!file.Root.TryGetProperty(key, out _))
            {
                diagnostics.Error(file.Start, Problems.ThemeStringMissing(key));
                ok = false;
            }
        }

        return ok ? texts : null;
    }

    /// <summary>The text of one key, or null after reporting why it cannot be used.</summary>
    private static WordTemplate? Checked(string key, JsonElement value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            diagnostics.Error(at, Problems.ThemeStringsInvalid(new Phrase($"「{key}」の値は引用符 \" で囲んだ文字にしてください", $"the value of \"{key}\" must be a text between double quotation marks")));
            return null;
        }

        // A control character would reach every page's title and the feed, as it would from site.json.
        var text = value.GetString()!;
        var invisible = TextNormalizer.InvisibleAt(text);
        if (invisible >= 0)
        {
            diagnostics.Error(at, Problems.ThemeStringsInvalid(new Phrase($"「{key}」の値に見えない文字 {TextNormalizer.CodePoint(text, invisible)} があります", $"the value of \"{key}\" has the invisible character {TextNormalizer.CodePoint(text, invisible)}")));
            return null;
        }

        // Each text is on many pages: a value pasted in by mistake would be copied into every one of them.
        if (text.Length > MaxLength)
        {
            diagnostics.Error(at, Problems.ThemeStringsInvalid(new Phrase($"「{key}」の値が{text.Length}文字あります。文言は{MaxLength}文字までにしてください", $"the value of \"{key}\" has {text.Length} characters; a text may have {MaxLength} at most")));
            return null;
        }

        if (key is ThemeStringKeys.DateKey or ThemeStringKeys.HistoryDateKey)
        {
            return IsDatePattern(text) ? WordTemplate.Parse(text) : Report(new Phrase($"「{key}」の値は日付の書き方（例: gy年M月d日）にしてください", $"the value of \"{key}\" must be a way to write a date, such as \"gy年M月d日\""));
        }

        var template = WordTemplate.Parse(text);
        var allowed = ThemeStringKeys.PlaceholdersOf(key);
        var unknown = template.Placeholders.Where(p => !allowed.Contains(p, StringComparer.Ordinal)).ToList();
        foreach (var placeholder in unknown)
        {
            diagnostics.Error(at, Problems.ThemeStringPlaceholder(key, "{" + placeholder + "}", allowed));
        }

        return unknown.Count == 0 ? template : null;

        WordTemplate? Report(Phrase detail)
        {
            diagnostics.Error(at, Problems.ThemeStringsInvalid(detail));
            return null;
        }
    }

    private static bool IsDatePattern(string text)
    {
        try
        {
            return text.Length > 0 && EraDate.Format(new DateOnly(2015, 11, 24), text).Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

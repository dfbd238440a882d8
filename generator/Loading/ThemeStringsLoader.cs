using System.Text.Json;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Text;

namespace MoriokaSite.Loading;

/// <summary>
/// Reads a theme's strings.json with the same care as site.json: a syntax error at its line, and each
/// problem of a key at the key's line and column. Every key of <see cref="ThemeStringKeys"/> must be there,
/// and every placeholder must be one its page can fill, so that no page is rendered with a hole in it.
/// </summary>
public static class ThemeStringsLoader
{
    /// <summary>The longest a text may be: the theme's longest (a page's description) has 76 characters.</summary>
    public const int MaxLength = 1000;

    /// <param name="themeFolder">The theme's folder as diagnostics print it: themes/default.</param>
    public static ThemeStrings? Load(string root, string themeFolder, DiagnosticBag diagnostics)
    {
        var path = $"{themeFolder}/{ThemeStrings.FileName}";
        var text = SourceFile.ReadText(root, path, new Phrase($"テーマの文言 {path}", $"The theme's wording {path}"), diagnostics);
        return text is null ? null : Parse(path, text, diagnostics);
    }

    public static ThemeStrings? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        using var file = JsonObjectFile.Read(path, text, Problems.ThemeStringsInvalid, diagnostics);
        if (file is null)
        {
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (key, _) in ThemeStringKeys.Keys)
        {
            if (!file.Root.TryGetProperty(key, out var value))
            {
                diagnostics.Error(file.Start, Problems.ThemeStringMissing(key));
                ok = false;
                continue;
            }

            if (Checked(key, value, file.At(key), diagnostics) is { } checkedText)
            {
                texts[key] = checkedText;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new ThemeStrings(texts) : null;
    }

    /// <summary>The text of one key, or null after reporting why it cannot be used.</summary>
    private static string? Checked(string key, JsonElement value, SourceLocation at, DiagnosticBag diagnostics)
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

        var allowed = ThemeStringKeys.PlaceholdersOf(key);
        var unknown = ThemeStrings.Placeholder().Matches(text).Where(m => !allowed.Contains(m.Groups[1].Value, StringComparer.Ordinal)).ToList();
        foreach (var placeholder in unknown)
        {
            diagnostics.Error(at, Problems.ThemeStringPlaceholder(key, placeholder.Value, allowed));
        }

        return unknown.Count == 0 ? text : null;
    }
}

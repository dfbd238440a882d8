using System.Globalization;
using System.Text.Json;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Text;

namespace MoriokaSite.Loading;

/// <summary>Reads site.json, reporting a syntax error with its line and each bad or missing key.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.json";

    /// <summary>The language of the generator's messages; not "language", which is the site's own (ja).</summary>
    public const string DiagnosticsLanguageKey = "diagnosticsLanguage";

    /// <summary>
    /// The longest a setting may be. The site's description, its longest, has 80 characters; the title and
    /// the region are on each of the site's pages, so a pasted book would be copied into all of them.
    /// </summary>
    public const int MaxValueLength = 1000;

    private static readonly string[] RequiredKeys = ["title", "description", "language", "baseUrl", "theme", "region", "source", "updated"];

    /// <summary>Settings the source may not support: each may be empty, and the pages then say it is not given.</summary>
    private static readonly string[] OptionalKeys = ["publisher", "license", "licenseUrl", "contact", "contactPhone", "contactEmail"];

    public static SiteConfig? Load(string root, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(root, FileName, new Phrase("サイト設定 site.json", "The site settings site.json"), diagnostics);
        return text is null ? null : Parse(text, diagnostics);
    }

    public static SiteConfig? Parse(string text, DiagnosticBag diagnostics)
    {
        using var file = JsonObjectFile.Read(FileName, text, Problems.SiteJsonInvalid, diagnostics);
        if (file is null)
        {
            return null;
        }

        if (!AllVisible(file.Root, file.At, diagnostics))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in RequiredKeys)
        {
            if (file.Root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0)
            {
                values[key] = value.GetString()!.Trim();
            }
            else
            {
                diagnostics.Error(file.Start, Problems.SiteJsonValue(key, new Phrase("空でない文字列", "a text that is not empty")));
            }
        }

        foreach (var key in OptionalKeys)
        {
            if (!file.Root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                values[key] = string.Empty;
            }
            else if (value.ValueKind == JsonValueKind.String)
            {
                values[key] = value.GetString()!.Trim();
            }
            else
            {
                diagnostics.Error(file.Start, Problems.SiteJsonValue(key, new Phrase("文字列（まだ決まっていなければ空の \"\"）", "a text (an empty \"\" while it is not decided)")));
            }
        }

        BaseUrl? baseUrl = null;
        if (values.TryGetValue("baseUrl", out var baseUrlText))
        {
            baseUrl = BaseUrl.TryParse(baseUrlText, out var fault);
            if (fault == BaseUrlFault.Shape)
            {
                diagnostics.Error(file.Start, Problems.SiteJsonValue("baseUrl", new Phrase("「/」で終わる URL（例: https://ORG.github.io/REPO/）か「/」", "a URL that ends in / (for example https://ORG.github.io/REPO/), or just /")));
                return null;
            }

            if (fault == BaseUrlFault.LeavesTheSite)
            {
                diagnostics.Error(file.At("baseUrl"), Problems.BaseUrlElsewhere(baseUrlText));
                return null;
            }
        }

        if (values.TryGetValue("licenseUrl", out var licenseUrl) && licenseUrl.Length > 0 && !SiteUrls.IsWebUrl(licenseUrl))
        {
            diagnostics.Error(file.At("licenseUrl"), Problems.UrlNotWeb("licenseUrl", licenseUrl));
            return null;
        }

        DateOnly updated = default;
        if (values.TryGetValue("updated", out var date) && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out updated))
        {
            diagnostics.Error(file.Start, Problems.SiteJsonValue("updated", new Phrase("データの日付（例: 2015-11-24）", "the date of the data (for example 2015-11-24)")));
            return null;
        }

        var cname = file.Root.TryGetProperty("cname", out var cnameValue) && cnameValue.ValueKind == JsonValueKind.String ? cnameValue.GetString()!.Trim() : string.Empty;
        if (cname.Length > 0 && !SiteUrls.IsHostName(cname))
        {
            diagnostics.Error(file.At("cname"), Problems.CnameNotHostName(cname));
            return null;
        }

        var language = DiagnosticsLanguage(file.Root, out var languageOk);
        if (!languageOk)
        {
            diagnostics.Error(file.Start, Problems.SiteJsonValue(DiagnosticsLanguageKey, new Phrase("ja（日本語）か en（英語）", "ja (Japanese) or en (English)")));
            return null;
        }

        if (values.Count < RequiredKeys.Length + OptionalKeys.Length)
        {
            return null;
        }

        return new SiteConfig
        {
            Title = values["title"],
            Description = values["description"],
            Language = values["language"],
            BaseUrl = baseUrl!,
            Theme = values["theme"],
            Publisher = values["publisher"],
            Region = values["region"],
            Source = values["source"],
            Updated = updated,
            License = values["license"],
            LicenseUrl = values["licenseUrl"],
            Contact = values["contact"],
            ContactPhone = values["contactPhone"],
            ContactEmail = values["contactEmail"],
            Cname = cname,
            DiagnosticsLanguage = language ?? Language.Japanese,
        };
    }

    /// <summary>
    /// A control character in a setting (a JSON escape such as \u000b, or one pasted in) would reach
    /// every page's title and the feed, where XML cannot carry it: each is reported at its key. So is a
    /// value longer than <see cref="MaxValueLength"/>, which every page would carry too.
    /// </summary>
    private static bool AllVisible(JsonElement root, Func<string, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var property in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
        {
            var value = property.Value.GetString()!;
            var index = TextNormalizer.InvisibleAt(value);
            if (index >= 0)
            {
                diagnostics.Error(at(property.Name), Problems.SiteJsonInvisibleCharacter(property.Name, TextNormalizer.CodePoint(value, index)));
                ok = false;
            }
            else if (value.Length > MaxValueLength)
            {
                diagnostics.Error(at(property.Name), Problems.SiteJsonTooLong(property.Name, value.Length, MaxValueLength));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>
    /// The messages' language as site.json sets it, read before anything else so that even the
    /// first message is in that language; null when the file, or the key, is missing or unreadable.
    /// </summary>
    public static Language? DiagnosticsLanguageOf(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!PathKind.IsOrdinaryFile(path))
        {
            return null; // A named pipe would hold the run before it starts; loading reports it.
        }

        try
        {
            var text = SourceFile.Decode(File.ReadAllBytes(path));
            using var document = JsonDocument.Parse(text ?? "{}", JsonObjectFile.DocumentOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object ? DiagnosticsLanguage(document.RootElement, out _) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return null; // An escape that is half a character throws only when read (InvalidOperationException): loading reports it.
        }
    }

    /// <summary>The optional diagnosticsLanguage: null when absent; <paramref name="ok"/> false when it is not ja or en.</summary>
    private static Language? DiagnosticsLanguage(JsonElement root, out bool ok)
    {
        ok = true;
        if (!root.TryGetProperty(DiagnosticsLanguageKey, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var language = value.ValueKind == JsonValueKind.String ? LanguageCodes.Parse(value.GetString()) : null;
        ok = language is not null;
        return language;
    }
}

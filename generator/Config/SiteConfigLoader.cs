using System.Globalization;
using System.Text.Json;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Config;

/// <summary>Reads site.json, reporting a syntax error with its line and each bad or missing key.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.json";

    private static readonly string[] RequiredKeys = ["title", "description", "language", "baseUrl", "theme", "publisher", "region", "source", "updated", "license", "licenseUrl"];

    public static SiteConfig? Load(string root, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(root, FileName, "サイト設定 site.json", diagnostics);
        return text is null ? null : Parse(text, diagnostics);
    }

    public static SiteConfig? Parse(string text, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var at = new SourceLocation(FileName, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            diagnostics.Error(at, Problems.SiteJsonInvalid("JSON として読めません"));
            return null;
        }

        using (document)
        {
            var at = SourceLocation.StartOf(FileName);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(at, Problems.SiteJsonInvalid("全体を { } で囲んでください"));
                return null;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in RequiredKeys)
            {
                if (document.RootElement.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0)
                {
                    values[key] = value.GetString()!.Trim();
                }
                else
                {
                    diagnostics.Error(at, Problems.SiteJsonValue(key, "空でない文字列"));
                }
            }

            if (values.TryGetValue("baseUrl", out var baseUrl) && !IsValidBaseUrl(baseUrl))
            {
                diagnostics.Error(at, Problems.SiteJsonValue("baseUrl", "「/」で終わる URL（例: https://ORG.github.io/REPO/）か「/」"));
                return null;
            }

            DateOnly updated = default;
            if (values.TryGetValue("updated", out var date) && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out updated))
            {
                diagnostics.Error(at, Problems.SiteJsonValue("updated", "データの日付（例: 2015-11-24）"));
                return null;
            }

            var cname = document.RootElement.TryGetProperty("cname", out var cnameValue) && cnameValue.ValueKind == JsonValueKind.String ? cnameValue.GetString()!.Trim() : string.Empty;
            if (cname.Contains('/') || cname.Contains(':'))
            {
                diagnostics.Error(at, Problems.SiteJsonValue("cname", "独自ドメインの名前だけ（例: vision.example.jp）か空の文字列"));
                return null;
            }

            if (values.Count < RequiredKeys.Length)
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
                Cname = cname,
            };
        }
    }

    public static bool IsValidBaseUrl(string value)
    {
        if (value.StartsWith('/'))
        {
            return value.EndsWith('/') && !value.StartsWith("//", StringComparison.Ordinal);
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath.EndsWith('/')
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
    }
}

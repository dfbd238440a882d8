using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// The pages the accessibility audit tests, and the fingerprint it records with its results in
/// data/accessibility.json, so that a build whose pages differ shows the record is out of date.
/// </summary>
public static class AuditedPages
{
    public const string RecordPath = "data/accessibility.json";

    public const string RecordCommand = "dotnet run --project tests/MoriokaSite.Audit -- record";

    /// <summary>Every page's path under the base path ("", "fields/tourism/", …), 404.html excepted: it is never linked.</summary>
    public static IReadOnlyList<string> Of(string output) =>
        Directory.GetFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != "404.html")
            .Select(f => f[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>SHA-256 of the sorted paths, one a line: any page added, removed or moved changes it.</summary>
    public static string Fingerprint(IEnumerable<string> pages) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', pages.Order(StringComparer.Ordinal)))));

    /// <summary>Why the record does not describe these pages, or null when it does.</summary>
    public static string? Staleness(string recordJson, IReadOnlyList<string> pages)
    {
        using var record = JsonDocument.Parse(recordJson);
        var root = record.RootElement;
        var count = root.TryGetProperty("pages", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : -1;
        var fingerprint = root.TryGetProperty("pagesFingerprint", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        var expected = Fingerprint(pages);
        if (count == pages.Count && fingerprint == expected)
        {
            return null;
        }

        return $"{RecordPath} is out of date: it records {count} pages (fingerprint {fingerprint ?? "none"}), " +
            $"but the build makes {pages.Count} (fingerprint {expected}). The page /accessibility/ would show results for other pages. " +
            $"Run the audit again to regenerate it: {RecordCommand}";
    }
}

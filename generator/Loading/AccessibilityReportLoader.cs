using System.Globalization;
using System.Text.Json;
using MoriokaSite.Diagnostics;
using MoriokaSite.Model;

namespace MoriokaSite.Loading;

/// <summary>Reads data/accessibility.json, the audit command's record of the latest test.</summary>
public static class AccessibilityReportLoader
{
    public const string Path = "data/accessibility.json";

    /// <summary>Null, without a diagnostic, when no test has been recorded yet: the page then says so.</summary>
    public static AccessibilityReport? Load(string root, DiagnosticBag diagnostics)
    {
        if (!File.Exists(System.IO.Path.Combine(root, Path)))
        {
            return null;
        }

        var text = SourceFile.ReadText(root, Path, new Phrase("アクセシビリティ試験の結果 data/accessibility.json", "The accessibility test results data/accessibility.json"), diagnostics);
        if (text is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            var rootElement = json.RootElement;
            var date = DateOnly.ParseExact(rootElement.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var checks = rootElement.GetProperty("checks").EnumerateArray()
                .Select(c => new AccessibilityReport.Check(
                    c.GetProperty("name").GetString()!,
                    c.GetProperty("tool").GetString()!,
                    c.GetProperty("scope").GetString()!,
                    c.GetProperty("problems").GetInt32()))
                .ToList();
            return new AccessibilityReport(date, rootElement.GetProperty("pages").GetInt32(), checks);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            diagnostics.Error(SourceLocation.StartOf(Path), Problems.AccessibilityReportInvalid());
            return null;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Validation;

/// <summary>Turns the text of data/accessibility.json into the report the accessibility page shows.</summary>
public static class AccessibilityReportBuilder
{
    /// <summary>Null when no test has been recorded yet, or when the file is not the audit command's record (reported).</summary>
    public static AccessibilityReport? Build(string? text, DiagnosticBag diagnostics)
    {
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
            diagnostics.Error(SourceLocation.StartOf(AccessibilityReportLoader.Path), Problems.AccessibilityReportInvalid());
            return null;
        }
    }
}

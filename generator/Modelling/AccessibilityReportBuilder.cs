using System.Globalization;
using System.Text.Json;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>Turns the audit's record into the report the accessibility page shows.</summary>
public static class AccessibilityReportBuilder
{
    /// <summary>Null when no record was given, or when the file is not the audit's record (reported).</summary>
    public static AccessibilityReport? Build(AccessibilityReportText? record, DiagnosticBag diagnostics)
    {
        if (record is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(record.Text);
            var root = json.RootElement;
            var date = DateOnly.ParseExact(root.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var checks = root.GetProperty("checks").EnumerateArray()
                .Select(c => new AccessibilityReport.Check(
                    c.GetProperty("id").GetString()!,
                    c.GetProperty("tool").GetString()!,
                    c.GetProperty("problems").GetInt32()))
                .ToList();
            return new AccessibilityReport(record.Path, date, root.GetProperty("pages").GetInt32(), root.GetProperty("siteFingerprint").GetString()!, checks);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Error(SourceLocation.StartOf(record.Path), Problems.AccessibilityReportInvalid());
            return null;
        }
    }
}

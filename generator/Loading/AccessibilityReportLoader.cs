using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>Reads data/accessibility.json, the audit command's record of the latest test, as text for validation to parse.</summary>
public static class AccessibilityReportLoader
{
    public const string Path = "data/accessibility.json";

    /// <summary>Null, without a diagnostic, when no test has been recorded yet: the page then says so.</summary>
    public static string? Load(string root, DiagnosticBag diagnostics) =>
        File.Exists(System.IO.Path.Combine(root, Path))
            ? SourceFile.ReadText(root, Path, new Phrase("アクセシビリティ試験の結果 data/accessibility.json", "The accessibility test results data/accessibility.json"), diagnostics)
            : null;
}

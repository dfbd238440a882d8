using MoriokaSite.Diagnostics;

namespace MoriokaSite.Commands;

/// <summary>Prints diagnostics one per line on standard error, in the contract's form.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            error.WriteLine($"エラー {errors} 件、警告 {warnings} 件");
        }
    }
}

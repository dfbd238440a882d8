namespace MoriokaSite.Diagnostics;

public static class DiagnosticBagExtensions
{
    public static void Error(this DiagnosticBag bag, SourceLocation at, Problem problem) => bag.Add(new Diagnostic(at, Severity.Error, problem));

    public static void Warning(this DiagnosticBag bag, SourceLocation at, Problem problem) => bag.Add(new Diagnostic(at, Severity.Warning, problem));
}

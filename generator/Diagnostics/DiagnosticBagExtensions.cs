namespace MoriokaSite.Diagnostics;

public static class DiagnosticBagExtensions
{
    public static void Error(this DiagnosticBag bag, SourceLocation at, Problem problem) => bag.Error(at, problem.Code, problem.Message);

    public static void Warning(this DiagnosticBag bag, SourceLocation at, Problem problem) => bag.Warning(at, problem.Code, problem.Message);
}

using MoriokaSite.Diagnostics;

namespace MoriokaSite.Commands;

/// <summary>
/// Prints diagnostics one per line on standard error, in the contract's form and the language asked
/// for. Under GitHub Actions each is also printed as a workflow command, which a pull request shows
/// on the line it names. Messages quote values from the files, so every line goes through
/// <see cref="PrintedText"/>: a value can neither break a line nor drive the terminal.
/// </summary>
public static class DiagnosticPrinter
{
    public static bool UnderGitHubActions => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error, Language language = Language.Japanese) =>
        Print(diagnostics, error, UnderGitHubActions, language);

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error, bool gitHubActions, Language language = Language.Japanese)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(PrintedText.OneLine(diagnostic.Format(language)));
            if (gitHubActions)
            {
                error.WriteLine(WorkflowCommand(diagnostic, language));
            }
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (diagnostics.Count > 0)
        {
            error.WriteLine(CommandMessages.Summary(errors, diagnostics.Count - errors).In(language));
        }
    }

    /// <summary>::error file=…,line=…,col=…,title=…::message, escaped as the workflow-command syntax requires.</summary>
    public static string WorkflowCommand(Diagnostic d, Language language = Language.Japanese)
    {
        var level = d.Severity == Severity.Error ? "error" : "warning";
        var at = d.Location;
        return $"::{level} file={Property(at.Path)},line={at.Line},col={at.Column},title={Property(d.Code)}::{Data(d.MessageIn(language))}";
    }

    // As GitHub documents for workflow commands: %, CR and LF escaped, so that the command stays one line.
    private static string Data(string value) => PrintedText.WithoutControls(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}

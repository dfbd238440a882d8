using MoriokaSite.Commands;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Tests.Commands;

public sealed class DiagnosticPrinterTests
{
    private static readonly Diagnostic Sample = new(new SourceLocation("data/projects.csv", 12, 34), Severity.Error, Problems.UnknownTown("滝沢", "滝沢市", [], "8市町", "市町"));
    private static readonly Diagnostic Warning = new(new SourceLocation("data/projects.csv", 13, 1), Severity.Warning, Problems.SummaryEmpty());

    [Fact]
    public void Under_github_actions_each_diagnostic_is_also_a_workflow_command_on_its_line()
    {
        var error = new StringWriter();
        DiagnosticPrinter.Print([Sample], error, gitHubActions: true);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("data/projects.csv:12:34: error MS107: 市町「滝沢」はありません。もしかして: 滝沢市", lines[0]);
        Assert.Equal("::error file=data/projects.csv,line=12,col=34,title=MS107::市町「滝沢」はありません。もしかして: 滝沢市", lines[1]);
    }

    [Fact]
    public void In_english_the_line_the_workflow_command_and_the_summary_are_english()
    {
        var error = new StringWriter();
        DiagnosticPrinter.Print([Sample, Warning], error, gitHubActions: true, Language.English);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("data/projects.csv:12:34: error MS107: The town \"滝沢\" is unknown. Did you mean \"滝沢市\"?", lines[0]);
        Assert.Equal("::error file=data/projects.csv,line=12,col=34,title=MS107::The town \"滝沢\" is unknown. Did you mean \"滝沢市\"?", lines[1]);
        Assert.StartsWith("data/projects.csv:13:1: warning MS118: The summary", lines[2]);
        Assert.StartsWith("::warning file=data/projects.csv,line=13,col=1,title=MS118::The summary", lines[3]);
        Assert.Equal("1 error, 1 warning", lines[4]);
    }

    [Fact]
    public void The_summary_counts_errors_and_warnings_in_the_language_asked_for()
    {
        var japanese = new StringWriter();
        DiagnosticPrinter.Print([Warning, Warning], japanese, gitHubActions: false);
        Assert.EndsWith("エラー 0 件、警告 2 件\n", japanese.ToString().ReplaceLineEndings("\n"));
        var english = new StringWriter();
        DiagnosticPrinter.Print([Warning, Warning], english, gitHubActions: false, Language.English);
        Assert.EndsWith("0 errors, 2 warnings\n", english.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_diagnostic_keeps_its_japanese_to_string_and_message()
    {
        Assert.Equal("市町「滝沢」はありません。もしかして: 滝沢市", Sample.Message);
        Assert.Equal($"data/projects.csv:12:34: error MS107: {Sample.Message}", Sample.ToString());
        Assert.Equal(Sample.ToString(), Sample.Format(Language.Japanese));
    }

    [Fact]
    public void Outside_github_actions_only_the_contract_s_line_is_printed()
    {
        var error = new StringWriter();
        DiagnosticPrinter.Print([Sample], error, gitHubActions: false);
        Assert.DoesNotContain("::error", error.ToString());
    }

    [Fact]
    public void Workflow_command_properties_escape_the_characters_that_end_them()
    {
        var d = Sample with { Location = new SourceLocation("a,b:c.md", 1, 1), Message = "100%\nです" };
        Assert.Equal("::error file=a%2Cb%3Ac.md,line=1,col=1,title=MS107::100%25%0Aです", DiagnosticPrinter.WorkflowCommand(d));
    }
}

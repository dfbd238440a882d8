using MoriokaSite.Commands;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Tests.Commands;

public sealed class DiagnosticPrinterTests
{
    private static readonly Diagnostic Sample = new(new SourceLocation("data/projects.csv", 12, 34), Severity.Error, "MS107", "市町「滝沢」はありません。もしかして: 滝沢市");

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

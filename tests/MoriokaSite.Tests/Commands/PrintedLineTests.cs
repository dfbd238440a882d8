using System.Text.RegularExpressions;
using MoriokaSite.Commands;
using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Commands;

/// <summary>
/// A value from the files cannot forge a line: no line break inside a printed diagnostic, the
/// workflow command's data escaped as GitHub documents, and no terminal escape sequence.
/// </summary>
public sealed partial class PrintedLineTests : SiteCopyTests
{
    private const string Forged = "::error file=.github/workflows/publish.yml,line=1::forged";

    [Fact]
    public void A_cell_with_a_line_break_and_a_workflow_command_prints_only_the_real_commands()
    {
        // Excel saves a cell with Alt+Enter quoted, its line break kept.
        var line = _site.LineOf(ProjectRows.Path, "p010,");
        var cells = _site.Read(ProjectRows.Path).Split('\n')[line - 1].Split(',');
        cells[Array.IndexOf(ProjectRows.Columns, "区分")] = $"\"計画\n{Forged}\u001b[2J\"";
        _site.ReplaceLine(ProjectRows.Path, line, string.Join(',', cells));
        var diagnostics = _site.Validate().Diagnostics;
        Assert.Contains(diagnostics, d => d.Message.Contains(Forged, StringComparison.Ordinal)); // The value does reach the message.

        foreach (var language in new[] { Language.Japanese, Language.English })
        {
            var error = new StringWriter();
            DiagnosticPrinter.Print(diagnostics, error, gitHubActions: true, language);
            var lines = error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

            Assert.Equal((diagnostics.Count * 2) + 1, lines.Length);
            Assert.All(lines.Where(l => l.StartsWith("::", StringComparison.Ordinal)), l => Assert.Matches(RealCommand(), l));
            Assert.Equal(diagnostics.Count, lines.Count(l => l.StartsWith("::", StringComparison.Ordinal)));
            Assert.DoesNotContain(lines, l => l.Contains('\u001b', StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($"計画⏎{Forged}[2J", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Line_breaks_show_as_a_mark_and_controls_are_removed_from_the_contract_s_line()
    {
        var d = Diagnostic("a\r\nb\rc\nd\u2028e\u001b[31mred\u001b]0;title\u0007\u009b\u202Eevil\tend");
        Assert.Equal("data/projects.csv:5:3: error MS107: 値「a⏎b⏎c⏎d⏎e[31mred]0;titleevil\tend」", Printed(d, gitHubActions: false).Single());
    }

    [Fact]
    public void Workflow_command_data_escapes_percent_cr_and_lf_as_github_documents_and_drops_controls()
    {
        var d = Diagnostic("100%\r\n::error::x\u001b[0m");
        Assert.Equal("::error file=data/projects.csv,line=5,col=3,title=MS107::値「100%25%0D%0A::error::x[0m」", DiagnosticPrinter.WorkflowCommand(d));
        Assert.Equal(2, Printed(d, gitHubActions: true).Length); // Its line and its command, nothing more.
    }

    [Fact]
    public async Task A_usage_error_quotes_the_argument_on_one_line()
    {
        var error = new StringWriter();
        var exit = await Program.RunAsync(["build", "--base-url", $"/x/\n{Forged}"], new StringWriter(), error);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.DoesNotContain(error.ToString().ReplaceLineEndings("\n").Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains($"/x/⏎{Forged}", error.ToString());
    }

    private static Diagnostic Diagnostic(string value) =>
        new(new SourceLocation("data/projects.csv", 5, 3), Severity.Error, new Problem("MS107", $"値「{value}」", $"The value \"{value}\""));

    private static string[] Printed(Diagnostic d, bool gitHubActions)
    {
        var error = new StringWriter();
        DiagnosticPrinter.Print([d], error, gitHubActions);
        return error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').SkipLast(1).ToArray(); // Less the summary.
    }

    [GeneratedRegex(@"^::(error|warning) file=data/projects\.csv,line=\d+,col=\d+,title=MS\d{3}::[^\r\n]*$")]
    private static partial Regex RealCommand();
}

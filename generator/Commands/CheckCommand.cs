using MoriokaSite.Pipeline;

namespace MoriokaSite.Commands;

/// <summary><c>check</c>: every check of a build, templates included, writing nothing.</summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(line.Root, OutputFolder: string.Empty, BaseUrl: null, WriteOutput: false));
        DiagnosticPrinter.Print(result.Diagnostics, error, line.Language);
        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }

        output.WriteLine((result.Diagnostics.Count == 0 ? CommandMessages.NoProblems : CommandMessages.OnlyWarnings).In(line.Language));
        return ExitCodes.Success;
    }
}

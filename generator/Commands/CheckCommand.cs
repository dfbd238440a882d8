using MoriokaSite.Building;

namespace MoriokaSite.Commands;

/// <summary><c>check</c>: every check of a build, templates included, writing nothing.</summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(line.Root, OutputFolder: string.Empty, BaseUrl: null, WriteOutput: false));
        DiagnosticPrinter.Print(result.Diagnostics, error);
        if (!result.Succeeded)
        {
            return ExitCodes.ContentErrors;
        }

        output.WriteLine("問題は見つかりませんでした。");
        return ExitCodes.Success;
    }
}

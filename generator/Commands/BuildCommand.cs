using System.Globalization;
using MoriokaSite.Building;

namespace MoriokaSite.Commands;

/// <summary><c>build</c>: the whole site into the output folder, or nothing at all.</summary>
public static class BuildCommand
{
    public const string DefaultOutput = "_site";

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var outputFolder = Path.GetFullPath(line.Output ?? DefaultOutput, line.Root);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(line.Root, outputFolder, line.BaseUrl));
        DiagnosticPrinter.Print(result.Diagnostics, error, line.Language);
        if (!result.Succeeded)
        {
            error.WriteLine(CommandMessages.NotWritten.In(line.Language));
            return ExitCodes.ContentErrors;
        }

        if (line.Timings)
        {
            foreach (var (stage, elapsed) in result.Timings.Stages)
            {
                output.WriteLine($"  {stage,-18} {elapsed.TotalMilliseconds,8:0.0} ms");
            }
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var shown = Path.GetRelativePath(line.Root, outputFolder);
        shown = shown.StartsWith("..", StringComparison.Ordinal) ? outputFolder : shown;
        output.WriteLine(CommandMessages.Written(result.PagesWritten, result.FilesWritten, shown, seconds).In(line.Language));
        return ExitCodes.Success;
    }
}

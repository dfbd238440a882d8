using System.Globalization;
using MoriokaSite.Model;
using MoriokaSite.Output;
using MoriokaSite.Pipeline;

namespace MoriokaSite.Commands;

/// <summary><c>build</c>: the whole site into the output folder, or nothing at all.</summary>
public static class BuildCommand
{
    public const string DefaultOutput = "_site";

    /// <param name="disk">Where the output is written; null for the real disk (tests give one that fails).</param>
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, OutputDisk? disk = null)
    {
        var outputFolder = Path.GetFullPath(line.Output ?? DefaultOutput, line.Root);
        if (OutputTarget.Check(line.Root, outputFolder) is { } refused)
        {
            error.WriteLine(OutputReport.Describe(refused).In(line.Language));
            return ExitCodes.Usage;
        }

        var result = await SiteBuilder.BuildAsync(new BuildOptions(line.Root, outputFolder, line.BaseUrl, Disk: disk, AccessibilityReport: line.AccessibilityReport));
        DiagnosticPrinter.Print(result.Diagnostics, error, line.Language);
        if (result.Output is { } problem)
        {
            error.WriteLine(OutputReport.Describe(problem).In(line.Language));
        }

        if (!result.Succeeded && result.Output is not null)
        {
            return OutputReport.ExitCode(result.Output);
        }

        if (!result.Succeeded)
        {
            error.WriteLine(CommandMessages.NotWritten.In(line.Language));
            return ExitCodes.ContentErrors;
        }

        if (line.Timings)
        {
            output.WriteLine($"  {"start-up",-18} {(ProcessStart.Elapsed() - result.Elapsed).TotalMilliseconds,8:0.0} ms  (runtime and arguments, before the build)");
            foreach (var ((stage, elapsed), (jit, methods)) in result.Timings.Stages.Zip(result.Timings.Jit))
            {
                output.WriteLine($"  {stage,-18} {elapsed.TotalMilliseconds,8:0.0} ms  (JIT {jit.TotalMilliseconds:0} ms, {methods} methods)");
            }
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var shown = Path.GetRelativePath(line.Root, outputFolder);
        shown = shown.StartsWith("..", StringComparison.Ordinal) ? outputFolder : shown;
        output.WriteLine(CommandMessages.Written(result.PagesWritten, result.FilesWritten, shown, seconds).In(line.Language));
        if (result.WithoutHost)
        {
            output.WriteLine(CommandMessages.WithoutHost.In(line.Language)); // Information, not a warning: a local build is meant to lack them.
        }

        if (result.WithoutHistory)
        {
            output.WriteLine(CommandMessages.WithoutHistory.In(line.Language)); // A copy outside git is meant to lack it; a shallow clone is the warning MS180.
        }

        return ExitCodes.Success;
    }
}

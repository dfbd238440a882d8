using System.Globalization;
using MoriokaSite.Commands.Preview;
using MoriokaSite.Diagnostics;
using MoriokaSite.Output;
using MoriokaSite.Pipeline;

namespace MoriokaSite.Commands;

/// <summary>
/// serve's builds, one at a time, each reported on the console and to the open pages. A failed build
/// writes nothing (the builder leaves the output as it was), so the last good site stays served; so does
/// a build that throws, which is a bug: the page says so briefly, the terminal carries the details.
/// </summary>
/// <param name="build">The build itself; tests give one that throws, as a bug would.</param>
public sealed class PreviewRebuilder(BuildOptions options, TextWriter output, TextWriter error, Language language = Language.Japanese, Func<BuildOptions, Task<BuildResult>>? build = null)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly Func<BuildOptions, Task<BuildResult>> _build = build ?? SiteBuilder.BuildAsync;
    private bool _finished;

    public BuildOptions Options => options;

    /// <summary>Every build, as the open pages hear of it.</summary>
    public BuildFeed Feed { get; } = new();

    public Task FirstBuildAsync() => RebuildAsync(CancellationToken.None);

    /// <summary>Called for each burst of saves; never throws, since nobody waits for it.</summary>
    public async Task RebuildAsync(CancellationToken stop)
    {
        await _one.WaitAsync(CancellationToken.None);
        try
        {
            if (!_finished && !stop.IsCancellationRequested)
            {
                await BuildOnceAsync();
            }
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Waits for a build under way, and lets no other start: the output folder is about to go.</summary>
    public async Task FinishAsync()
    {
        await _one.WaitAsync(CancellationToken.None);
        _finished = true;
        SiteWriter.FinishRemoving(options.OutputFolder);
        _one.Release();
    }

    private async Task BuildOnceAsync()
    {
        try
        {
            var result = await _build(options);
            Report(result);
            Feed.Publish(result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Windows refuses to move a folder while a file in it is open, as it is while being served.
            var message = CommandMessages.OutputNotReplaced(e.Message).In(language);
            error.WriteLine(message);
            Feed.PublishFailure(message);
        }
        catch (Exception e)
        {
            // A bug, not the user's input: serve goes on with the last good site. The trace is for a report, not for the page.
            error.WriteLine(CommandMessages.RebuildBug.In(language));
            error.WriteLine(CommandMessages.ReportBug.In(language));
            error.WriteLine(e.ToString());
            Feed.PublishFailure(CommandMessages.RebuildBug.In(language));
        }
    }

    private void Report(BuildResult result)
    {
        DiagnosticPrinter.Print(result.Diagnostics, error, language);
        if (result.Output is { } problem)
        {
            error.WriteLine(OutputReport.Describe(problem).In(language));
        }

        output.WriteLine(result.Succeeded
            ? CommandMessages.Rebuilt(result.PagesWritten, result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)).In(language)
            : CommandMessages.ServingPrevious.In(language));
    }
}

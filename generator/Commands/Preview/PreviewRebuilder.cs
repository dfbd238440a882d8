using System.Globalization;
using MoriokaSite.Building;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Commands.Preview;

/// <summary>
/// serve's builds, one at a time, each reported on the console and to the open pages. A failed build
/// writes nothing (the builder leaves the output as it was), so the last good site stays served.
/// </summary>
public sealed class PreviewRebuilder(BuildOptions options, TextWriter output, TextWriter error, Language language = Language.Japanese)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private BuildFeed? _feed;
    private bool _finished;

    public BuildOptions Options => options;

    public async Task<BuildFeed> FirstBuildAsync()
    {
        var result = await SiteBuilder.BuildAsync(options);
        Report(result);
        return _feed = new BuildFeed(result);
    }

    /// <summary>Called for each burst of saves; never throws, since nobody waits for it.</summary>
    public async Task RebuildAsync(CancellationToken stop)
    {
        await _one.WaitAsync(CancellationToken.None);
        try
        {
            if (_finished || stop.IsCancellationRequested || _feed is null)
            {
                return;
            }

            var result = await SiteBuilder.BuildAsync(options);
            Report(result);
            _feed.Publish(result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Windows refuses to move a folder while a file in it is open, as it is while being served.
            error.WriteLine(CommandMessages.OutputNotReplaced(e.Message).In(language));
        }
        catch (Exception e)
        {
            error.WriteLine(CommandMessages.RebuildBug.In(language));
            error.WriteLine(e.ToString());
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
        _one.Release();
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

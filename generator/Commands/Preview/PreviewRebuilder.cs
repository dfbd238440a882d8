using MoriokaSite.Building;

namespace MoriokaSite.Commands.Preview;

/// <summary>
/// serve's builds, one at a time, each reported on the console and to the open pages. A failed build
/// writes nothing (the builder leaves the output as it was), so the last good site stays served.
/// </summary>
public sealed class PreviewRebuilder(BuildOptions options, TextWriter output, TextWriter error)
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
            error.WriteLine($"出力を書き換えられませんでした（{e.Message}）。前回の内容のまま配信しています。もう一度保存すると作り直します。");
        }
        catch (Exception e)
        {
            error.WriteLine("再構築の途中で内部エラーが起きました。内容やデータの誤りではなく、このプログラムの不具合です。前回の内容のまま配信しています。");
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
        DiagnosticPrinter.Print(result.Diagnostics, error);
        output.WriteLine(result.Succeeded
            ? $"{result.PagesWritten} ページを構築しました（{result.Elapsed.TotalMilliseconds:0} ms）"
            : "エラーがあるため、前回の内容のまま配信しています。ブラウザーにも表示しています。");
    }
}

using MoriokaSite.Commands;
using MoriokaSite.Commands.Preview;
using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Commands;

/// <summary>
/// A rebuild that throws is a bug, not the user's mistake: the open pages hear of it as a failed build with a
/// short message (no stack trace), the terminal asks for a report, and the last good site is still served.
/// </summary>
public sealed class PreviewRebuilderTests : IDisposable
{
    private const string Bug = "Object reference not set to an instance of an object (a bug for the test)";

    private readonly TempFolder _folder = new();
    private int _builds;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_rebuild_that_throws_reaches_the_pages_as_a_failed_build_with_a_short_message_and_serve_goes_on()
    {
        var error = new StringWriter();
        var rebuilder = new PreviewRebuilder(new BuildOptions(_folder.Path, _folder["site"], null), new StringWriter(), error, build: WritesOnceThenThrows);
        await rebuilder.FirstBuildAsync();
        using var stop = new CancellationTokenSource();
        await using var server = await ServedFolder.StartAsync(_folder["site"], "/", preview: new LivePreview(rebuilder.Feed, "/", stop.Token));
        using var events = await BuildEventStream.OpenAsync($"http://127.0.0.1:{server.Port}/_preview/events");
        Assert.True((await events.NextAsync())!.Value.GetProperty("ok").GetBoolean());

        await rebuilder.RebuildAsync(CancellationToken.None);

        var crashed = (await events.NextAsync())!.Value;
        Assert.False(crashed.GetProperty("ok").GetBoolean());
        Assert.Empty(crashed.GetProperty("diagnostics").EnumerateArray());
        var message = crashed.GetProperty("failure").GetString()!;
        Assert.StartsWith("再構築の途中で内部エラーが起きました。内容やデータの誤りではなく、このプログラムの不具合です。", message, StringComparison.Ordinal);
        Assert.DoesNotContain(Bug, message);
        Assert.DoesNotContain(" at ", message);

        // The terminal carries what a report needs.
        Assert.Contains("Issues に報告してください", error.ToString());
        Assert.Contains(Bug, error.ToString());

        using var http = new HttpClient();
        Assert.Contains("the last good page", await http.GetStringAsync($"http://127.0.0.1:{server.Port}/"));
        await stop.CancelAsync();
    }

    [Fact]
    public async Task A_good_build_after_a_crash_is_sent_as_ok_without_a_failure()
    {
        var calls = 0;
        var rebuilder = new PreviewRebuilder(new BuildOptions(_folder.Path, _folder["site"], null), new StringWriter(), new StringWriter(), build: _ =>
            ++calls == 1 ? throw new InvalidOperationException(Bug) : Task.FromResult(new BuildResult([], 1, 1, TimeSpan.Zero, new StageTimings())));

        await rebuilder.FirstBuildAsync();
        Assert.NotNull(rebuilder.Feed.Latest!.Failure);
        await rebuilder.RebuildAsync(CancellationToken.None);

        Assert.True(rebuilder.Feed.Latest!.Succeeded);
        Assert.Contains("\"failure\":null", rebuilder.Feed.Latest.ToJson());
    }

    private async Task<BuildResult> WritesOnceThenThrows(BuildOptions options)
    {
        if (++_builds > 1)
        {
            throw new InvalidOperationException(Bug);
        }

        Directory.CreateDirectory(options.OutputFolder);
        await File.WriteAllTextAsync(Path.Combine(options.OutputFolder, "index.html"), "<!DOCTYPE html><title>t</title><body>the last good page</body>");
        return new BuildResult([], 1, 1, TimeSpan.Zero, new StageTimings());
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using MoriokaSite.Commands.Preview;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Pipeline;

namespace MoriokaSite.Commands;

/// <summary>
/// <c>serve</c>: builds into a private folder, serves it on 127.0.0.1 under the configured base path,
/// rebuilds whenever content/, data/, themes/ or site.json is saved, and tells the open pages: they
/// reload after a good build and show the diagnostics over the last good site after a failed one.
/// Ctrl+C stops it.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true; // Not killed on the spot: serve closes its connections and removes its folder first.
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return await RunAsync(line, output, error, stop.Token);
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled; the signal handlers above cancel it.</summary>
    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var number = line.Port ?? DefaultPort;
        var port = number.ToString(CultureInfo.InvariantCulture);
        var baseUrl = Published(line).OnLocalPort(number);
        var basePath = baseUrl.Path;

        // A folder of its own per run: two serves never share one, and a stopped serve leaves nothing behind.
        var work = ServeFolder.Create();
        try
        {
            var rebuilder = new PreviewRebuilder(new BuildOptions(line.Root, Path.Combine(work.FullName, "site"), baseUrl, RemoveOldLater: true), output, error, line.Language);
            var preview = new LivePreview(rebuilder.Feed, basePath, stop);
            StaticFileServer server;
            try
            {
                server = await StaticFileServer.StartAsync(rebuilder.Options.OutputFolder, basePath, number, preview);
            }
            catch (IOException)
            {
                // The remedy is on the command line (another --port), so it exits as a usage error does.
                var another = (number < 65535 ? number + 1 : DefaultPort).ToString(CultureInfo.InvariantCulture);
                error.WriteLine(CommandMessages.PortInUse(port, another).In(line.Language));
                return ExitCodes.Usage;
            }

            await using (server)
            {
                await rebuilder.FirstBuildAsync();
                using (new SiteWatcher(line.Root, () => _ = rebuilder.RebuildAsync(stop)))
                {
                    output.WriteLine(CommandMessages.PreviewAt(baseUrl.ToString()).In(line.Language));
                    await WaitForStopAsync(stop);
                }
            }

            await rebuilder.FinishAsync(); // A build still writing would otherwise recreate the folder removed below.
        }
        finally
        {
            work.Delete(recursive: true);
        }

        output.WriteLine(CommandMessages.PreviewStopped.In(line.Language));
        return ExitCodes.Success;
    }

    private static async Task WaitForStopAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the event streams end with the same token, then the server stops.
        }
    }

    /// <summary>
    /// Where the site is published, from --base-url or site.json, for the path to serve under. A site.json with
    /// errors gives "/": the first build reports them.
    /// </summary>
    private static BaseUrl Published(CommandLine line) =>
        line.BaseUrl ?? SiteConfigLoader.Load(line.Root, new DiagnosticBag())?.BaseUrl ?? BaseUrl.Parse("/");
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using MoriokaSite.Building;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Commands;

/// <summary>
/// <c>serve</c>: builds into a private folder, serves it on 127.0.0.1 under the configured base path,
/// and rebuilds whenever content/, data/, themes/ or site.json is saved. Ctrl+C stops it.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static async Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var port = line.Port ?? DefaultPort;
        var basePath = BasePath(line);
        var baseUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}{basePath}";
        var folder = Path.Combine(Path.GetTempPath(), $"moriokasite-serve-{port.ToString(CultureInfo.InvariantCulture)}");

        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        try
        {
            listener.Start();
        }
        catch (Exception e) when (e is HttpListenerException or SocketException)
        {
            error.WriteLine($"ポート {port} は使用中です。別のポートを --port で指定してください（例: --port {port + 1}）。");
            return ExitCodes.Usage;
        }

        var rebuilds = new SemaphoreSlim(1, 1);
        async Task Rebuild()
        {
            await rebuilds.WaitAsync();
            try
            {
                var result = await SiteBuilder.BuildAsync(new BuildOptions(line.Root, folder, baseUrl));
                DiagnosticPrinter.Print(result.Diagnostics, error, line.Language);
                output.WriteLine(result.Succeeded
                    ? $"{result.PagesWritten} ページを構築しました（{result.Elapsed.TotalMilliseconds:0} ms）: {baseUrl}"
                    : "エラーがあるため、前回の内容のまま配信しています。");
            }
            finally
            {
                rebuilds.Release();
            }
        }

        await Rebuild();
        using var watcher = Watch(line.Root, Rebuild);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
            listener.Stop();
        };

        output.WriteLine($"プレビュー: {baseUrl}  （Ctrl+C で終了）");
        await StaticFileServer.ServeAsync(listener, folder, basePath, stop.Token);
        output.WriteLine("プレビューを終了しました。");
        return ExitCodes.Success;
    }

    private static string BasePath(CommandLine line)
    {
        var configured = line.BaseUrl ?? SiteConfigLoader.Parse(File.Exists(Path.Combine(line.Root, SiteConfigLoader.FileName))
            ? File.ReadAllText(Path.Combine(line.Root, SiteConfigLoader.FileName))
            : "{}", new DiagnosticBag())?.BaseUrl ?? "/";
        return configured.StartsWith('/') ? configured : new Uri(configured).AbsolutePath;
    }

    /// <summary>Editors save in bursts (temp file, rename, touch): wait for the burst to end, then rebuild once.</summary>
    private static FileSystemWatcher Watch(string root, Func<Task> rebuild)
    {
        var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true };
        Timer? timer = null;
        void Changed(object sender, FileSystemEventArgs e)
        {
            var relative = Path.GetRelativePath(root, e.FullPath).Replace(Path.DirectorySeparatorChar, '/');
            if (relative == SiteConfigLoader.FileName || relative.StartsWith("content/", StringComparison.Ordinal)
                || relative.StartsWith("data/", StringComparison.Ordinal) || relative.StartsWith("themes/", StringComparison.Ordinal))
            {
                timer?.Dispose();
                timer = new Timer(_ => rebuild().GetAwaiter().GetResult(), null, 50, Timeout.Infinite);
            }
        }

        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (s, e) => Changed(s, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}

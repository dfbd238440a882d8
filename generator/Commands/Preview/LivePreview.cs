using System.Net;
using System.Text;

namespace MoriokaSite.Commands.Preview;

/// <summary>
/// What serve adds to the static site, and only while serving: a script in every HTML page, and the
/// stream of builds it listens to, both under &lt;base&gt;_preview/ so they work under any base path.
/// The built site on disk never contains any of it.
/// </summary>
public sealed class LivePreview(BuildFeed feed, string basePath, CancellationToken stop)
{
    public const string Folder = "_preview/";

    // A quiet connection is checked this often, so a tab closed without a goodbye is let go.
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(LivePreview).Assembly.GetManifestResourceStream("MoriokaSite.Commands.Preview.live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not embedded in the generator.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public string ScriptPath => basePath + Folder + "live-reload.js";

    public string EventsPath => basePath + Folder + "events";

    /// <summary>True when the request was for the preview's own files, and has been answered.</summary>
    public async Task<bool> TryRespondAsync(HttpListenerContext context, string path)
    {
        if (path == ScriptPath)
        {
            using var response = context.Response;
            response.ContentType = "text/javascript; charset=utf-8";
            response.Headers["Cache-Control"] = "no-store";
            response.ContentLength64 = Script.Value.Length;
            await response.OutputStream.WriteAsync(Script.Value, stop);
            return true;
        }

        if (path == EventsPath)
        {
            await StreamBuildsAsync(context.Response);
            return true;
        }

        return false;
    }

    /// <summary>The page with the script before &lt;/body&gt;, telling it which build it shows.</summary>
    public byte[] Inject(byte[] html)
    {
        var tag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" data-build=\"{feed.Latest.Id}\"></script>\n");
        var at = html.AsSpan().LastIndexOf("</body>"u8);
        return at < 0 ? [.. html, .. tag] : [.. html.AsSpan(0, at), .. tag, .. html.AsSpan(at)];
    }

    /// <summary>A page that is only the script: what a browser gets before the first build has succeeded.</summary>
    public byte[] EmptyPage() => Inject("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>プレビュー</title></head><body>\n</body></html>\n"u8.ToArray());

    /// <summary>Server-Sent Events: the latest build on connecting, then each new one, until serve stops.</summary>
    private async Task StreamBuildsAsync(HttpListenerResponse response)
    {
        using (response)
        {
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers["Cache-Control"] = "no-store";
            response.SendChunked = true;
            var stream = response.OutputStream;
            try
            {
                await stream.WriteAsync("retry: 500\n\n"u8.ToArray(), stop); // Reconnect quickly when serve restarts.
                while (true)
                {
                    var (build, next) = feed.Follow();
                    await stream.WriteAsync(Encoding.UTF8.GetBytes($"event: build\ndata: {build.ToJson()}\n\n"), stop);
                    await WaitAsync(next, stream);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Serve is stopping: closing the response ends the stream, and the page waits for a new server.
            }
        }
    }

    /// <summary>Waits for the next build, writing a comment now and then: a write to a closed tab fails and ends its stream.</summary>
    private async Task WaitAsync(Task<PreviewBuild> next, Stream stream)
    {
        while (true)
        {
            try
            {
                await next.WaitAsync(Heartbeat, stop);
                return;
            }
            catch (TimeoutException)
            {
                await stream.WriteAsync(":\n\n"u8.ToArray(), stop);
            }
        }
    }
}

using System.Text;
using Microsoft.AspNetCore.Http;

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
    public async Task<bool> TryRespondAsync(HttpContext context, string path)
    {
        if (path == ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await StaticFileServer.SendAsync(context, Script.Value);
            return true;
        }

        if (path == EventsPath)
        {
            await StreamBuildsAsync(context);
            return true;
        }

        return false;
    }

    /// <summary>The page with the script before &lt;/body&gt;, telling it which build it shows.</summary>
    public byte[] Inject(byte[] html)
    {
        var tag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\" data-build=\"{feed.Latest?.Id ?? "none"}\"></script>\n");
        var at = html.AsSpan().LastIndexOf("</body>"u8);
        return at < 0 ? [.. html, .. tag] : [.. html.AsSpan(0, at), .. tag, .. html.AsSpan(at)];
    }

    /// <summary>A page that is only the script: what a browser gets before the first build has succeeded.</summary>
    public byte[] EmptyPage() => Inject("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>プレビュー</title></head><body>\n</body></html>\n"u8.ToArray());

    /// <summary>Server-Sent Events: the latest build on connecting, then each new one, until serve stops or the page goes.</summary>
    private async Task StreamBuildsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(stop, context.RequestAborted);
        var stream = response.Body;
        try
        {
            await stream.WriteAsync("retry: 500\n\n"u8.ToArray(), ended.Token); // Reconnect quickly when serve restarts.
            while (true)
            {
                var (build, next) = feed.Follow();
                if (build is not null)
                {
                    await stream.WriteAsync(Encoding.UTF8.GetBytes($"event: build\ndata: {build.ToJson()}\n\n"), ended.Token);
                }

                await stream.FlushAsync(ended.Token);
                await WaitAsync(next, stream, ended.Token);
            }
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // Serve is stopping, or the page went: ending the response ends the stream, and a page waits for a new server.
        }
    }

    /// <summary>Waits for the next build, writing a comment now and then: a write to a closed tab fails and ends its stream.</summary>
    private static async Task WaitAsync(Task<PreviewBuild> next, Stream stream, CancellationToken ended)
    {
        while (true)
        {
            try
            {
                await next.WaitAsync(Heartbeat, ended);
                return;
            }
            catch (TimeoutException)
            {
                await stream.WriteAsync(":\n\n"u8.ToArray(), ended);
                await stream.FlushAsync(ended);
            }
        }
    }
}

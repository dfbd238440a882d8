using System.Net;
using MoriokaSite.Commands.Preview;

namespace MoriokaSite.Commands;

/// <summary>
/// Serves a built site from a folder under a base path, as GitHub Pages does (index.html, 404.html).
/// With a live preview, its script goes into each HTML page on the way out and its paths are answered by it.
/// </summary>
public static class StaticFileServer
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    };

    public static async Task ServeAsync(HttpListener listener, string folder, string basePath, CancellationToken stop, LivePreview? preview = null)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }

            // Each request on its own task: one slow or vanished client must not hold up or stop the others.
            _ = Task.Run(() => RespondSafely(context, folder, basePath, preview), CancellationToken.None);
        }
    }

    private static async Task RespondSafely(HttpListenerContext context, string folder, string basePath, LivePreview? preview)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            if (preview is null || !await preview.TryRespondAsync(context, path))
            {
                Respond(context, folder, basePath, path, preview);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser closed the connection (a page left mid-load): nothing to answer, keep serving.
        }
    }

    private static void Respond(HttpListenerContext context, string folder, string basePath, string path, LivePreview? preview)
    {
        using var response = context.Response;
        var file = Resolve(folder, basePath, path);
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = Path.Combine(folder, "404.html");
        }

        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.Headers["Cache-Control"] = "no-store";
        var bytes = File.Exists(file) ? File.ReadAllBytes(file) : null;
        if (preview is not null && (bytes is null || file.EndsWith(".html", StringComparison.Ordinal)))
        {
            // Before the first good build there is no page at all: an empty one still carries the script.
            response.ContentType = ContentTypes[".html"];
            bytes = bytes is null ? preview.EmptyPage() : preview.Inject(bytes);
        }

        if (bytes is not null)
        {
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
    }

    /// <summary>The file for a request path, or null; paths outside the base path or the folder are not served.</summary>
    private static string? Resolve(string folder, string basePath, string path)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
        {
            return null;
        }

        var relative = path.Length >= basePath.Length ? path[basePath.Length..] : string.Empty;
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!full.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}

using System.Net;
using System.Net.Sockets;
using MoriokaSite.Routing;

namespace MoriokaSite.Audit;

/// <summary>
/// A small web server on 127.0.0.1 for the audit: a built site under its base path, as GitHub Pages serves it
/// (index.html for a folder, 404.html for what is missing), or one script. Unlike serve's preview, it lets the
/// browser keep what it fetched: every page asks for the same stylesheet and for axe-core, and a cached script
/// is compiled once, which makes the audit of a page several times faster.
/// </summary>
public sealed class LocalServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<string, (byte[] Body, string Type)?> _answer;

    private LocalServer(HttpListener listener, int port, Func<string, (byte[] Body, string Type)?> answer)
    {
        _listener = listener;
        _answer = answer;
        Origin = $"http://127.0.0.1:{port}";
        _ = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    /// <summary>Serves a built site under its base path.</summary>
    public static LocalServer ForSite(SiteFolder site) => Start(path =>
    {
        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[site.BasePath.Length..];
        var full = Path.GetFullPath(Path.Combine(site.Folder, relative));
        if (full != site.Folder && !full.StartsWith(site.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        full = Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
        return File.Exists(full) ? (File.ReadAllBytes(full), MediaTypes.Of(full)) : null;
    });

    /// <summary>Serves one script at /NAME.</summary>
    public static LocalServer ForScript(string name, byte[] script) =>
        Start(path => path == "/" + name ? (script, MediaTypes.ByExtension[".js"]) : null);

    public void Dispose() => _listener.Close();

    private static LocalServer Start(Func<string, (byte[] Body, string Type)?> answer)
    {
        // Port 0 is not allowed in a prefix: take a free port from the system, then listen on it (again if taken meanwhile).
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LocalServer(listener, port, answer);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // Closed.
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        try
        {
            var answer = _answer(Uri.UnescapeDataString(context.Request.Url!.AbsolutePath));
            var response = context.Response;
            response.StatusCode = answer is null ? 404 : 200;
            response.ContentType = answer?.Type ?? MediaTypes.ByExtension[".html"];
            response.Headers["Cache-Control"] = "max-age=3600"; // Nothing changes while the audit runs.
            var body = answer?.Body ?? [];
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away (a navigation cut a request short): nothing to answer.
        }
    }
}

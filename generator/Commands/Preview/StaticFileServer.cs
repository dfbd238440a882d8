using System.Net;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MoriokaSite.Routing;

namespace MoriokaSite.Commands.Preview;

/// <summary>
/// Serves a built site from a folder under a base path, as GitHub Pages does (index.html, 404.html), on 127.0.0.1,
/// to requests for 127.0.0.1, localhost or [::1] only (<see cref="LoopbackHost"/>).
/// With a live preview, its script goes into each HTML page on the way out and its paths are answered by it.
/// Kestrel speaks HTTP (keep-alive, pipelining, HEAD, timeouts, malformed requests); this class only picks the file.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    // Every response of this server is short, and the event streams end when serve stops: a stop waits no longer.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private static readonly byte[] MisdirectedBody = "This preview answers only at 127.0.0.1, localhost and [::1] with its own port.\n"u8.ToArray();

    private readonly KestrelServer _server;
    private readonly string _folder;
    private readonly string _basePath;
    private readonly LivePreview? _preview;

    private StaticFileServer(KestrelServer server, string folder, string basePath, LivePreview? preview)
    {
        _server = server;
        _folder = Path.GetFullPath(folder);
        _basePath = basePath;
        _preview = preview;
    }

    /// <summary>The port listened on: the one asked for, or the one the system chose for port 0.</summary>
    public int Port { get; private set; }

    /// <summary>Starts listening on 127.0.0.1; port 0 lets the system choose a free one.</summary>
    /// <exception cref="IOException">When the port is in use.</exception>
    public static async Task<StaticFileServer> StartAsync(string folder, string basePath, int port = 0, LivePreview? preview = null, ConnectionTimeouts? timeouts = null)
    {
        var options = new KestrelServerOptions
        {
            AddServerHeader = false,
            ApplicationServices = new ServiceCollection().BuildServiceProvider(),
        };
        options.Limits.KeepAliveTimeout = (timeouts ?? ConnectionTimeouts.Default).Idle;
        options.Limits.RequestHeadersTimeout = (timeouts ?? ConnectionTimeouts.Default).RequestHeader;
        options.Listen(IPAddress.Loopback, port);
        var transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance);
        var server = new StaticFileServer(new KestrelServer(Options.Create(options), transport, NullLoggerFactory.Instance), folder, basePath, preview);
        try
        {
            await server._server.StartAsync(new RequestHandler(server.RespondAsync), CancellationToken.None);
        }
        catch
        {
            server._server.Dispose();
            throw;
        }

        server.Port = new Uri(server._server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()).Port;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var patience = new CancellationTokenSource(StopTimeout);
        await _server.StopAsync(patience.Token);
        _server.Dispose();
    }

    private async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        if (!LoopbackHost.IsAllowed(request.Host, Port))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = MediaTypes.ByExtension[".txt"];
            await SendAsync(context, MisdirectedBody);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = RequestPath.Decode(context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
        if (path is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (_preview is null || !await _preview.TryRespondAsync(context, path))
        {
            await RespondWithFileAsync(context, path);
        }
    }

    private async Task RespondWithFileAsync(HttpContext context, string path)
    {
        var response = context.Response;
        var file = Resolve(path);
        response.StatusCode = file is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        file ??= Path.Combine(_folder, SitePaths.NotFound.OutputFile);
        response.ContentType = MediaTypes.Of(file);
        response.Headers.CacheControl = "no-store";
        var bytes = File.Exists(file) ? await File.ReadAllBytesAsync(file, context.RequestAborted) : null;
        if (_preview is not null && (bytes is null || file.EndsWith(".html", StringComparison.Ordinal)))
        {
            // Before the first good build there is no page at all: an empty one still carries the script.
            response.ContentType = MediaTypes.ByExtension[".html"];
            bytes = bytes is null ? _preview.EmptyPage() : _preview.Inject(bytes);
        }

        await SendAsync(context, bytes ?? []);
    }

    /// <summary>The body, with its length; a HEAD request gets the same headers and no body.</summary>
    public static async Task SendAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>The file for a decoded request path, or null; paths outside the base path or the folder are not served.</summary>
    private string? Resolve(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal) && path + "/" != _basePath)
        {
            return null;
        }

        var relative = path.Length >= _basePath.Length ? path[_basePath.Length..] : string.Empty;
        var full = Path.GetFullPath(Path.Combine(_folder, relative));

        // With the separator: a sibling folder whose name merely starts with the site's ("site-old") is outside too.
        if (full != _folder && !full.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
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

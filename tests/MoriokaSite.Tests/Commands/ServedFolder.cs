using MoriokaSite.Commands.Preview;

namespace MoriokaSite.Tests.Commands;

/// <summary>The site's static server on a loopback port the system chose, serving one folder, until disposed.</summary>
internal sealed class ServedFolder : IAsyncDisposable
{
    private readonly StaticFileServer _server;

    private ServedFolder(StaticFileServer server) => _server = server;

    public int Port => _server.Port;

    /// <summary>With <paramref name="idle"/>, both connection timeouts are that short, so a test need not wait long.</summary>
    public static async Task<ServedFolder> StartAsync(string folder, string basePath, TimeSpan? idle = null, LivePreview? preview = null)
    {
        var timeouts = idle is { } limit ? new ConnectionTimeouts(limit, limit) : null;
        return new ServedFolder(await StaticFileServer.StartAsync(folder, basePath, 0, preview, timeouts));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

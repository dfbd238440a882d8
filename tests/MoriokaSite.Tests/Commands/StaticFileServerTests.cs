using System.Net;
using System.Net.Sockets;
using MoriokaSite.Commands;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Commands;

/// <summary>The preview server keeps serving when a client hangs up half-way, as browsers do when a page is left.</summary>
public sealed class StaticFileServerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_client_that_disconnects_mid_response_does_not_stop_the_server()
    {
        Directory.CreateDirectory(_folder["site"]);
        await File.WriteAllTextAsync(Path.Combine(_folder["site"], "index.html"), new string('x', 4_000_000));
        await File.WriteAllTextAsync(Path.Combine(_folder["site"], "404.html"), "missing");
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        using var stop = new CancellationTokenSource();
        var serving = StaticFileServer.ServeAsync(listener, _folder["site"], "/site/", stop.Token);

        // A server that stopped answering fails this test within seconds instead of hanging it.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        for (var i = 0; i < 5; i++)
        {
            using var rude = new TcpClient();
            await rude.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
            var stream = rude.GetStream();
            await stream.WriteAsync("GET /site/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"u8.ToArray(), deadline.Token);
            await stream.ReadExactlyAsync(new byte[1024], deadline.Token);
            rude.Client.LingerState = new LingerOption(true, 0); // Reset the connection with most of the body unread.
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var response = await http.GetAsync($"http://127.0.0.1:{port}/site/nothing-here/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("missing", await response.Content.ReadAsStringAsync());

        await stop.CancelAsync();
        listener.Stop();
        await serving;
    }
}

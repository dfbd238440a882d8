using System.Net;
using System.Net.Sockets;
using MoriokaSite.Commands.Preview;
using MoriokaSite.Diagnostics;
using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Commands;

/// <summary>
/// The preview server as HTTP clients meet it over loopback: GET and HEAD only, pipelined requests answered
/// in order, nothing outside the site folder ever served, idle and never-finished connections let go,
/// and clients that hang up half-way never stop it.
/// </summary>
public sealed class StaticFileServerTests : IDisposable
{
    private const string Secret = "outside the site folder";

    private static readonly TimeSpan ShortIdle = TimeSpan.FromSeconds(1);

    private readonly TempFolder _folder = new();

    public StaticFileServerTests()
    {
        Directory.CreateDirectory(_folder["site/docs"]);
        Directory.CreateDirectory(_folder["site-secret"]);
        File.WriteAllText(_folder["site/index.html"], "<!DOCTYPE html><title>home</title><body>home</body>");
        File.WriteAllText(_folder["site/404.html"], "missing");
        File.WriteAllText(_folder["site/docs/a.txt"], "first");
        File.WriteAllText(_folder["site/docs/b.txt"], "second");
        File.WriteAllText(_folder["secret.txt"], Secret);
        File.WriteAllText(_folder["site-secret/key.txt"], Secret);
    }

    private string Site => _folder["site"];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_client_that_disconnects_mid_response_does_not_stop_the_server()
    {
        await File.WriteAllTextAsync(Path.Combine(Site, "index.html"), new string('x', 4_000_000));
        await using var server = await ServedFolder.StartAsync(Site, "/site/");

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        for (var i = 0; i < 5; i++)
        {
            using var rude = new TcpClient();
            await rude.ConnectAsync(IPAddress.Loopback, server.Port, deadline.Token);
            var stream = rude.GetStream();
            await stream.WriteAsync("GET /site/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"u8.ToArray(), deadline.Token);
            await stream.ReadExactlyAsync(new byte[1024], deadline.Token);
            rude.Client.LingerState = new LingerOption(true, 0); // Reset the connection with most of the body unread.
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var response = await http.GetAsync($"http://127.0.0.1:{server.Port}/site/nothing-here/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("missing", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1:{other}")]
    [InlineData("127.0.0.2:{port}")]
    public async Task A_request_for_another_host_name_is_refused_with_421_and_no_page(string host)
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/");
        await using var connection = await RawHttp.ConnectAsync(server.Port);
        var named = host.Replace("{port}", $"{server.Port}", StringComparison.Ordinal).Replace("{other}", $"{server.Port + 1}", StringComparison.Ordinal);

        await connection.SendAsync($"GET /site/ HTTP/1.1\r\nHost: {named}\r\n\r\n");
        var response = await connection.ReadResponseAsync();

        Assert.Equal(421, response.Status);
        Assert.Equal("This preview answers only at 127.0.0.1, localhost and [::1] with its own port.\n", response.Text);
        Assert.DoesNotContain("home", response.Text);
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LocalHost:{port}")]
    [InlineData("[::1]:{port}")]
    [InlineData("127.0.0.1")]
    public async Task A_request_for_a_loopback_name_with_the_server_s_port_is_answered(string host)
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/");
        await using var connection = await RawHttp.ConnectAsync(server.Port);

        await connection.SendAsync($"GET /site/docs/a.txt HTTP/1.1\r\nHost: {host.Replace("{port}", $"{server.Port}", StringComparison.Ordinal)}\r\n\r\n");
        var response = await connection.ReadResponseAsync();

        Assert.Equal((200, "first"), (response.Status, response.Text));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task A_method_other_than_get_or_head_is_refused_with_405_naming_the_allowed_ones(string method)
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/");
        await using var connection = await RawHttp.ConnectAsync(server.Port);

        await connection.SendAsync($"{method} /site/docs/a.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
        var response = await connection.ReadResponseAsync();

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Headers["Allow"]);
        Assert.DoesNotContain("first", response.Text);
    }

    [Fact]
    public async Task Head_sends_get_s_headers_and_content_length_without_a_body()
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/");
        await using var connection = await RawHttp.ConnectAsync(server.Port);

        await connection.SendAsync(RawHttp.Get("/site/docs/a.txt", "HEAD"));
        var head = await connection.ReadResponseAsync(head: true);
        Assert.Equal(200, head.Status);
        Assert.Equal("5", head.Headers["Content-Length"]);
        Assert.StartsWith("text/plain", head.Headers["Content-Type"], StringComparison.Ordinal);

        // Had the HEAD response carried a body, its bytes would be read here as the next response's status line.
        await connection.SendAsync(RawHttp.Get("/site/docs/b.txt"));
        var get = await connection.ReadResponseAsync();
        Assert.Equal((200, "second"), (get.Status, get.Text));
    }

    [Fact]
    public async Task Two_requests_sent_in_one_write_are_both_answered_in_order()
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/");
        await using var connection = await RawHttp.ConnectAsync(server.Port);

        await connection.SendAsync(RawHttp.Get("/site/docs/a.txt") + RawHttp.Get("/site/docs/b.txt"));

        var first = await connection.ReadResponseAsync();
        var second = await connection.ReadResponseAsync();
        Assert.Equal((200, "first"), (first.Status, first.Text));
        Assert.Equal((200, "second"), (second.Status, second.Text));
    }

    [Theory]
    [InlineData("/site/%00")]
    [InlineData("/site/docs/a.txt%00")]
    [InlineData("/site/%0a")]
    [InlineData("/site/%2e%2e/secret.txt")]
    [InlineData("/site/%2E%2E/secret.txt")]
    [InlineData("/site/..%2fsecret.txt")]
    [InlineData("/site/%2e%2e%2fsecret.txt")]
    [InlineData("/site/docs/%2e%2e%2f%2e%2e%2fsecret.txt")]
    [InlineData("/site/..\\secret.txt")]
    [InlineData("/site/%5c..%5csecret.txt")]
    [InlineData("/site/docs\\a.txt")]
    [InlineData("/site/%2e%2e/site-secret/key.txt")]
    [InlineData("/site/%252e%252e/secret.txt")]
    [InlineData("/site/.%2e/secret.txt")]
    public async Task A_control_character_backslash_or_dot_dot_in_any_encoding_is_refused_and_nothing_outside_is_served(string target)
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/");
        await using var connection = await RawHttp.ConnectAsync(server.Port);

        await connection.SendAsync(RawHttp.Get(target));
        var response = await connection.ReadResponseAsync();

        Assert.Contains(response.Status, new[] { 400, 404 });
        Assert.DoesNotContain(Secret, response.Text);
    }

    [Fact]
    public async Task A_connection_left_idle_after_a_response_is_closed()
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/", ShortIdle);
        await using var connection = await RawHttp.ConnectAsync(server.Port);

        await connection.SendAsync(RawHttp.Get("/site/docs/a.txt"));
        Assert.Equal(200, (await connection.ReadResponseAsync()).Status);

        Assert.True(await connection.ClosedByServerAsync(within: TimeSpan.FromSeconds(10)), "the idle connection is still open");
    }

    [Fact]
    public async Task A_connection_that_never_sends_anything_is_closed()
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/", ShortIdle);
        await using var connection = await RawHttp.ConnectAsync(server.Port);

        Assert.True(await connection.ClosedByServerAsync(within: TimeSpan.FromSeconds(10)), "the silent connection is still open");
    }

    [Fact]
    public async Task A_connection_that_never_finishes_its_request_header_is_closed_though_it_keeps_sending()
    {
        await using var server = await ServedFolder.StartAsync(Site, "/site/", ShortIdle);
        await using var connection = await RawHttp.ConnectAsync(server.Port);
        await connection.SendAsync("GET /site/ HTTP/1.1\r\nHost: 127.0.0.1\r\n");

        // A slow client sends a header line now and then and never the blank line that ends the header.
        using var stopTrickling = new CancellationTokenSource();
        var trickle = Task.Run(async () =>
        {
            for (var i = 0; !stopTrickling.IsCancellationRequested; i++)
            {
                try
                {
                    await connection.SendAsync($"X-Slow-{i}: a\r\n");
                    await Task.Delay(200, stopTrickling.Token);
                }
                catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
                {
                    return;
                }
            }
        });

        var closed = await connection.ClosedByServerAsync(within: TimeSpan.FromSeconds(10));
        await stopTrickling.CancelAsync();
        await trickle;
        Assert.True(closed, "the never-finished request is still open");
    }

    [Fact]
    public async Task The_live_preview_s_event_stream_stays_open_past_the_idle_limit()
    {
        var feed = new BuildFeed();
        feed.Publish(Build());
        using var stop = new CancellationTokenSource();
        await using var server = await ServedFolder.StartAsync(Site, "/site/", ShortIdle, new LivePreview(feed, "/site/", stop.Token));
        using var events = await BuildEventStream.OpenAsync($"http://127.0.0.1:{server.Port}/site/_preview/events");
        Assert.EndsWith("-1", (await events.NextAsync())!.Value.GetProperty("build").GetString());

        await Task.Delay(ShortIdle * 4); // Quiet for longer than an idle connection is kept.
        feed.Publish(Build());

        Assert.EndsWith("-2", (await events.NextAsync())!.Value.GetProperty("build").GetString());
        await stop.CancelAsync();
    }

    private static BuildResult Build() => new([], 1, 1, TimeSpan.Zero, new StageTimings());
}

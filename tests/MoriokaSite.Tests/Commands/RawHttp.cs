using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MoriokaSite.Tests.Commands;

/// <summary>
/// One TCP connection spoken to byte by byte, for what HttpClient will not do: pipelining, HEAD without a
/// body, malformed paths, a header that never ends. Responses are read as the server sends them.
/// </summary>
internal sealed class RawHttp : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private readonly List<byte> _pending = [];
    private NetworkStream _stream = null!;

    // A server that stopped answering fails the test within this time instead of hanging it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task<RawHttp> ConnectAsync(int port)
    {
        var raw = new RawHttp();
        await raw._client.ConnectAsync(IPAddress.Loopback, port);
        raw._stream = raw._client.GetStream();
        return raw;
    }

    public Task SendAsync(string text) => _stream.WriteAsync(Encoding.ASCII.GetBytes(text)).AsTask();

    public static string Get(string path, string method = "GET") => $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

    /// <summary>The next response's status line, headers and body; a HEAD response is read without a body.</summary>
    public async Task<RawResponse> ReadResponseAsync(bool head = false)
    {
        using var deadline = new CancellationTokenSource(Patience);
        int end;
        while ((end = IndexOfHeaderEnd()) < 0)
        {
            if (!await FillAsync(deadline.Token))
            {
                throw new EndOfStreamException($"The connection closed before a whole response header: \"{Encoding.ASCII.GetString([.. _pending])}\"");
            }
        }

        var header = Encoding.ASCII.GetString([.. _pending.Take(end)]);
        _pending.RemoveRange(0, end + 4);
        var lines = header.Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = head || status is 204 or 304 ? [] : await BodyAsync(headers, deadline.Token);
        return new RawResponse(status, headers, body);
    }

    /// <summary>True when the server closes the connection (or resets it) before the deadline.</summary>
    public async Task<bool> ClosedByServerAsync(TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        try
        {
            while (await FillAsync(deadline.Token))
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>True when nothing at all has arrived beyond what was read.</summary>
    public bool NothingMoreArrived => _pending.Count == 0 && _client.Available == 0;

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<byte[]> BodyAsync(Dictionary<string, string> headers, CancellationToken token)
    {
        if (headers.TryGetValue("Content-Length", out var length))
        {
            var count = int.Parse(length, System.Globalization.CultureInfo.InvariantCulture);
            while (_pending.Count < count)
            {
                if (!await FillAsync(token))
                {
                    throw new EndOfStreamException("The connection closed mid-body.");
                }
            }

            var body = _pending.Take(count).ToArray();
            _pending.RemoveRange(0, count);
            return body;
        }

        // Chunked or closed-delimited: these tests only ever need the header of such a response.
        return [];
    }

    private async Task<bool> FillAsync(CancellationToken token)
    {
        var buffer = new byte[16 * 1024];
        var read = await _stream.ReadAsync(buffer, token);
        _pending.AddRange(buffer.AsSpan(0, read));
        return read > 0;
    }

    private int IndexOfHeaderEnd()
    {
        for (var i = 0; i + 3 < _pending.Count; i++)
        {
            if (_pending[i] == '\r' && _pending[i + 1] == '\n' && _pending[i + 2] == '\r' && _pending[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}

using System.Text.Json;

namespace MoriokaSite.Tests.Support;

/// <summary>serve's stream of builds (Server-Sent Events), read as a page reads it: one JSON object per build.</summary>
public sealed class BuildEventStream : IDisposable
{
    private readonly HttpClient _http;
    private readonly StreamReader _reader;

    private BuildEventStream(HttpClient http, StreamReader reader)
    {
        _http = http;
        _reader = reader;
    }

    public static async Task<BuildEventStream> OpenAsync(string url)
    {
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new BuildEventStream(http, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next build event's data; null when serve closed the stream.</summary>
    public async Task<JsonElement?> NextAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var name = string.Empty;
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "build")
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        return null;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _http.Dispose();
    }
}

using MoriokaSite.Commands;
using MoriokaSite.Config;

namespace MoriokaSite.Tests.Support;

/// <summary><c>serve</c> running in this process on a free port, until stopped as Ctrl+C stops it.</summary>
public sealed class RunningServe : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _outputText = new();
    private readonly StringWriter _errorText = new();
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    private RunningServe(string root, string basePath, int port)
    {
        _output = TextWriter.Synchronized(_outputText);
        _error = TextWriter.Synchronized(_errorText);
        Origin = $"http://127.0.0.1:{port}";
        BasePath = basePath;
        Exit = Task.Run(() => ServeCommand.RunAsync(new CommandLine("serve", null, BaseUrl.Parse(basePath), port, root), _output, _error, _stop.Token));
    }

    public string Origin { get; }

    public string BasePath { get; }

    public Task<int> Exit { get; }

    public string Output => Text(_output, _outputText);

    public string Error => Text(_error, _errorText);

    /// <summary>Started and past its first build; a port taken in between the probe and the start is tried again.</summary>
    public static async Task<RunningServe> StartAsync(string root, string basePath = "/")
    {
        for (var attempt = 1; ; attempt++)
        {
            var serve = new RunningServe(root, basePath, FreePort.Next());
            var deadline = DateTime.UtcNow + StartTimeout;
            while (!serve.Output.Contains("プレビュー:", StringComparison.Ordinal) && !serve.Exit.IsCompleted && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            if (!serve.Exit.IsCompleted && serve.Output.Contains("プレビュー:", StringComparison.Ordinal))
            {
                return serve;
            }

            var why = serve.Exit.IsCompleted ? $"exit {await serve.Exit}: {serve.Error}" : "no start in time";
            await serve.DisposeAsync();
            if (attempt == 3 || !why.Contains("使用中", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"serve did not start ({why})\n{serve.Output}");
            }
        }
    }

    public string Url(string page) => Origin + BasePath + page;

    /// <summary>Stops serve as Ctrl+C does and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await Exit.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Exit.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }

    // The synchronized writer locks on itself: reading under the same lock never sees half a line.
    private static string Text(TextWriter synchronized, StringWriter text)
    {
        lock (synchronized)
        {
            return text.ToString();
        }
    }
}

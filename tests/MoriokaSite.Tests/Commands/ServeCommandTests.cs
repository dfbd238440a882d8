using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Commands;

/// <summary>serve as a user meets it: a clear word when the port is taken, builds told to the pages, a clean stop.</summary>
public sealed class ServeCommandTests : SiteCopyTests
{
    [Fact]
    public async Task A_port_in_use_is_refused_in_japanese_with_a_non_zero_exit_before_anything_is_built()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await Program.RunAsync(["serve", "--root", _site.Root, "--port", port], output, error);

            Assert.NotEqual(0, exit);
            Assert.StartsWith($"ポート {port} は使用中です。別のポートを --port で指定してください", error.ToString());
            Assert.Equal(string.Empty, output.ToString());
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task Pages_carry_the_preview_script_under_the_base_path_and_the_stream_starts_with_the_current_build()
    {
        await using var serve = await RunningServe.StartAsync(_site.Root, "/MoriokaSite/");
        using var http = new HttpClient();

        var page = await http.GetStringAsync(serve.Url("projects/p001/"));
        Assert.Matches("<script src=\"/MoriokaSite/_preview/live-reload.js\" data-build=\"[0-9a-f]+-1\"></script>\n</body>", page);
        var script = await http.GetAsync(serve.Url("_preview/live-reload.js"));
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource", await script.Content.ReadAsStringAsync());
        var css = await http.GetStringAsync(serve.Url("assets/style.css"));
        Assert.DoesNotContain("_preview", css);

        using var events = await BuildEventStream.OpenAsync(serve.Url("_preview/events"));
        var first = (await events.NextAsync())!.Value;
        Assert.True(first.GetProperty("ok").GetBoolean());
        Assert.EndsWith("-1", first.GetProperty("build").GetString());
    }

    [Fact]
    public async Task A_broken_save_is_sent_with_its_diagnostics_the_last_good_site_stays_served_and_a_fix_is_sent_as_ok()
    {
        await using var serve = await RunningServe.StartAsync(_site.Root);
        using var http = new HttpClient();
        using var events = await BuildEventStream.OpenAsync(serve.Url("_preview/events"));
        await events.NextAsync();

        var (line, column) = ProjectRows.SetCell(_site, "p001", "分野", "no-such-field");
        var broken = (await events.NextAsync())!.Value;
        Assert.False(broken.GetProperty("ok").GetBoolean());
        var diagnostic = Assert.Single(broken.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("data/projects.csv", diagnostic.GetProperty("path").GetString());
        Assert.Equal(line, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(column, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("MS105", diagnostic.GetProperty("code").GetString());
        Assert.Contains("no-such-field", diagnostic.GetProperty("message").GetString());
        Assert.Contains("ものづくり人材育成事業", await http.GetStringAsync(serve.Url("projects/p001/")));
        Assert.Contains($"data/projects.csv:{line}:{column}: error MS105:", serve.Error);

        ProjectRows.SetCell(_site, "p001", "分野", "strategic-industries");
        var fixedBuild = (await events.NextAsync())!.Value;
        Assert.True(fixedBuild.GetProperty("ok").GetBoolean());
        Assert.Contains("戦略産業", await http.GetStringAsync(serve.Url("projects/p001/")));
    }

    [Fact]
    public async Task Ctrl_c_ends_the_open_event_streams_removes_serve_s_folder_and_exits_0()
    {
        var temp = _site.PathOf("tmp");
        Directory.CreateDirectory(temp);
        var port = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // A test run started in the background inherits an ignored SIGINT, which .NET keeps ignored: undo that.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--default-signal=INT", "dotnet", typeof(Program).Assembly.Location, "serve", "--root", _site.Root, "--port", port })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TMPDIR"] = temp; // Where serve makes its folder, so the test can see it go.
        using var serve = Process.Start(start)!;
        var errors = serve.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = new List<string>();
        while (!output.Any(l => l.StartsWith("プレビュー:", StringComparison.Ordinal)))
        {
            output.Add(await serve.StandardOutput.ReadLineAsync(deadline.Token) ?? throw new InvalidOperationException($"serve ended: {await errors}"));
        }

        Assert.Single(Directory.GetDirectories(temp));
        using var events = await BuildEventStream.OpenAsync($"http://127.0.0.1:{port}/_preview/events");
        await events.NextAsync();

        Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        Assert.Null(await events.NextAsync()); // The stream ends; the page's EventSource waits for the next serve.
        output.AddRange((await serve.StandardOutput.ReadToEndAsync(deadline.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await serve.WaitForExitAsync(deadline.Token);

        Assert.True(serve.ExitCode == 0, $"exit {serve.ExitCode}\n{string.Join('\n', output)}\n{await errors}");
        Assert.Equal("プレビューを終了しました。", output[^1]);
        Assert.Empty(Directory.GetFileSystemEntries(temp));
    }
}

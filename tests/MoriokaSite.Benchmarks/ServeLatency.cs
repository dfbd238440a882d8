using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MoriokaSite.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MoriokaSite.Benchmarks;

/// <summary>
/// serve's latency as a user feels it: from saving data/projects.csv (a project renamed) to the reloaded
/// page's first contentful paint in Chromium, the browser's own timestamp for when the new text shows.
/// serve runs as its own process on a copy of the real site, as a user runs it. A measurement, not a test.
/// </summary>
public static partial class ServeLatency
{
    private const string Csv = "data/projects.csv";
    private const string Name = "ものづくり人材育成事業";
    private const int WarmUps = 2;

    // The paint entry is there once the page has painted; observing with buffered also catches one already made.
    private const string FirstContentfulPaint = """
        () => new Promise(resolve => new PerformanceObserver((list, observer) => {
          const paint = list.getEntriesByName("first-contentful-paint")[0];
          if (paint) { observer.disconnect(); resolve(performance.timeOrigin + paint.startTime); }
        }).observe({ type: "paint", buffered: true }))
        """;

    public static async Task<int> RunAsync(string root, int runs)
    {
        var site = CopySite(root);
        var port = MoriokaSite.Tests.Support.FreePort.Next();
        using var serve = Start(site, port);
        var output = new StringBuilder();
        var ready = new TaskCompletionSource();
        serve.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.StartsWith("プレビュー:", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        serve.BeginOutputReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromMinutes(2));
            var (latencies, reloads) = await MeasureAsync(port, site, runs);
            lock (output)
            {
                Print(latencies, reloads, Rebuilds(output.ToString()).Skip(1 + WarmUps).ToList());
            }
        }
        finally
        {
            // serve is stopped as Ctrl+C stops it, so that it removes its folder, even when a measurement failed.
            Process.Start("kill", ["-TERM", serve.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            await serve.WaitForExitAsync();
        }

        return serve.ExitCode;
    }

    private static async Task<(List<double> Latencies, int Reloads)> MeasureAsync(int port, string site, int runs)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path(), Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{port}/projects/p001/");
        var reloads = 0;
        page.Load += (_, _) => reloads++;

        var latencies = new List<double>();
        for (var i = 0; i < WarmUps + runs; i++)
        {
            var name = $"{Name}（{i + 1}）";
            reloads = i == WarmUps ? 0 : reloads;
            var saved = Rename(site, name);
            var painted = await PaintedAsync(page, name);
            if (i >= WarmUps)
            {
                latencies.Add(painted - saved);
            }

            await Task.Delay(300); // Let the page settle, as between two saves by hand.
        }

        return (latencies, reloads);
    }

    /// <summary>When the page showing <paramref name="name"/> was first painted, in ms since 1970, by the browser's clock.</summary>
    private static async Task<double> PaintedAsync(IPage page, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Expect(page.Locator("h1")).ToHaveTextAsync(name, new() { Timeout = 10_000 });
                return await page.EvaluateAsync<double>(FirstContentfulPaint);
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // The page was reloaded again while it was asked (a save seen as two): ask the page now shown.
            }
        }
    }

    /// <summary>Renames the first project, saved as Excel saves UTF-8 (with a BOM); returns when, in ms since 1970.</summary>
    private static double Rename(string site, string name)
    {
        var path = Path.Combine(site, Csv);
        var text = NameCell().Replace(File.ReadAllText(path, Encoding.UTF8), $"p001,{name},", 1);
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        File.WriteAllBytes(path, bytes);
        return (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds; // The clock performance.timeOrigin counts from.
    }

    /// <summary>The real site's inputs in a folder of their own, for serve to watch and this to edit.</summary>
    private static string CopySite(string root)
    {
        var site = Path.Combine(Path.GetTempPath(), "moriokasite-bench", "serve-latency");
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        foreach (var file in new[] { "content", "data", "themes" }.SelectMany(f => Directory.GetFiles(Path.Combine(root, f), "*", SearchOption.AllDirectories)).Append(Path.Combine(root, "site.json")))
        {
            var target = Path.Combine(site, Path.GetRelativePath(root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return site;
    }

    private static void Print(List<double> latencies, int reloads, List<double> rebuilds)
    {
        string Figures(List<double> values)
        {
            var sorted = values.Order().ToList();
            var p90 = sorted[(int)Math.Ceiling(sorted.Count * 0.9) - 1];
            return string.Create(CultureInfo.InvariantCulture, $"median {sorted[sorted.Count / 2]:0} ms, p90 {p90:0} ms, max {sorted[^1]:0} ms, min {sorted[0]:0} ms");
        }

        Console.WriteLine($"serve: save of {Csv} → new text painted in Chromium, {latencies.Count} edits ({WarmUps} warm-up edits not counted):");
        Console.WriteLine($"  {Figures(latencies)}");
        Console.WriteLine($"  each: {string.Join(", ", latencies.Select(l => l.ToString("0", CultureInfo.InvariantCulture)))} ms; {reloads} page loads for {latencies.Count} edits");
        if (rebuilds.Count > 0)
        {
            Console.WriteLine($"  of which the rebuild (as serve reports it): {Figures(rebuilds)}; the rest is the {MoriokaSite.Commands.SiteWatcher.Quiet.TotalMilliseconds:0} ms wait for the save to end, the event and the page load");
        }
    }

    /// <summary>The rebuild times serve printed, in order ("146 ページを構築しました（90 ms）").</summary>
    private static IEnumerable<double> Rebuilds(string output) =>
        RebuildLine().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    private static Process Start(string site, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var argument in new[] { typeof(MoriokaSite.Commands.ServeCommand).Assembly.Location, "serve", "--root", site, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }


    [GeneratedRegex(@"^p001,[^,]*,", RegexOptions.Multiline)]
    private static partial Regex NameCell();

    [GeneratedRegex(@"ページを構築しました（(\d+) ms）")]
    private static partial Regex RebuildLine();
}

using System.Diagnostics;
using System.Text.Json;
using MoriokaSite.Audit;
using MoriokaSite.Config;
using MoriokaSite.Pipeline;

namespace MoriokaSite.Benchmarks;

/// <summary>Lighthouse's mobile scores of a few pages of the live site, in the system's Chromium (npm ci in tests/MoriokaSite.Benchmarks first).</summary>
internal static class Lighthouse
{
    private static readonly string[] Pages = ["", "fields/tourism/", "towns/shizukuishi/", "projects/p057/", "search/?q=%E8%A6%B3%E5%85%89"];

    public static async Task<int> RunAsync(string root)
    {
        var cli = Path.Combine(root, "tests/MoriokaSite.Benchmarks/node_modules/.bin/lighthouse");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine("Lighthouse is not installed: run `npm ci` in tests/MoriokaSite.Benchmarks.");
            return 2;
        }

        var output = Path.Combine(Path.GetTempPath(), "moriokasite-lighthouse-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, output, BaseUrl.Parse("/")));
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(string.Join('\n', result.Diagnostics));
                return 1;
            }

            using var server = LocalServer.ForSite(SiteFolder.For(output, "/"));
            Console.WriteLine("page                 performance  accessibility  best-practices  SEO   (Lighthouse, mobile)");
            foreach (var path in Pages)
            {
                var scores = await ScoresAsync(cli, server.Origin + "/" + path);
                if (scores is null)
                {
                    return 1;
                }

                Console.WriteLine($"/{path,-20} {scores["performance"],11}  {scores["accessibility"],13}  {scores["best-practices"],14}  {scores["seo"],4}");
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static async Task<Dictionary<string, int>?> ScoresAsync(string cli, string url)
    {
        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { url, "--quiet", "--output=json", "--output-path=stdout", "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROME_PATH"] = Chromium.Path();
        using var process = Process.Start(start)!;
        var json = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(errors);
            return null;
        }

        using var report = JsonDocument.Parse(json);
        return new[] { "performance", "accessibility", "best-practices", "seo" }.ToDictionary(
            c => c,
            c => (int)Math.Round(report.RootElement.GetProperty("categories").GetProperty(c).GetProperty("score").GetDouble() * 100));
    }
}

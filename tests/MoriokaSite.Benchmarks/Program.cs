using System.Diagnostics;
using System.Globalization;
using MoriokaSite.Benchmarks;
using MoriokaSite.Tests.Support;

// The benchmark: our generator and Hugo, side by side, on the real site and on synthetic sites of
// 1, 10 and 100 times its size. Every build is a cold process, as a user runs it.
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- run [--scales 1,10,100] [--runs 3]
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- synth --scale 10 --output DIR
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- serve-latency [--runs 10]
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- search [--scale 94] [--baseline REV] [--rounds N]   (search beside Pagefind; 94 × 107 ≈ 10,000 projects; REV's search beside today's)
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- history [--commits 100] [--runs 5]   (reading the projects' history: the real repository and 100 commits of ~1,000 projects)
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- weight       (bytes a visitor downloads per page, gzip)
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- lighthouse   (Lighthouse mobile scores; npm ci here first)
var arguments = args.ToList();
string Option(string name, string fallback) => arguments.IndexOf(name) is var i and >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : fallback;
var root = FindRepository();

switch (arguments.FirstOrDefault())
{
    case "synth":
        var count = SyntheticSite.Write(root, Path.GetFullPath(Option("--output", "_synthetic")), int.Parse(Option("--scale", "10"), CultureInfo.InvariantCulture));
        Console.WriteLine($"{count} projects written to {Option("--output", "_synthetic")}");
        return 0;
    case "run":
        return Benchmark.Run(root, Option("--scales", "1,10,100").Split(',').Select(int.Parse).ToList(), int.Parse(Option("--runs", "3"), CultureInfo.InvariantCulture));
    case "serve-latency":
        return await ServeLatency.RunAsync(root, int.Parse(Option("--runs", "10"), CultureInfo.InvariantCulture));
    case "search":
        return await SearchBenchmark.RunAsync(
            root,
            int.Parse(Option("--scale", "94"), CultureInfo.InvariantCulture),
            Option("--baseline", string.Empty) is { Length: > 0 } baseline ? baseline : null,
            int.Parse(Option("--rounds", "1"), CultureInfo.InvariantCulture));
    case "history":
        return await HistoryBenchmark.RunAsync(root, int.Parse(Option("--commits", "100"), CultureInfo.InvariantCulture), int.Parse(Option("--runs", "5"), CultureInfo.InvariantCulture));
    case "weight":
        return await PageWeight.RunAsync(root);
    case "lighthouse":
        return await Lighthouse.RunAsync(root);
    default:
        Console.Error.WriteLine("usage: run [--scales 1,10,100] [--runs 3] | synth --scale N --output DIR | serve-latency [--runs 10] | search [--scale 94] [--baseline REV] [--rounds N] | history [--commits 100] [--runs 5] | weight | lighthouse");
        return 2;
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "MoriokaSite.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("MoriokaSite.sln not found");
}

/// <summary>Runs every measurement and prints the table.</summary>
internal static class Benchmark
{
    private const string BaseUrl = "https://example.github.io/MoriokaSite/";

    public static int Run(string root, IReadOnlyList<int> scales, int runs)
    {
        foreach (var (tool, install) in new[] { (Measurement.GnuTime, "apt-get install -y time"), ("/usr/bin/hugo", "apt-get install -y hugo") })
        {
            if (!File.Exists(tool))
            {
                Console.Error.WriteLine($"{tool} is missing; install it with: {install}");
                return 2;
            }
        }

        var work = Path.Combine(Path.GetTempPath(), "moriokasite-bench");
        Directory.CreateDirectory(work);
        Console.WriteLine("Building the generator (Release)…");
        Shell.Run("dotnet", ["build", Path.Combine(root, "generator"), "-c", "Release", "-v", "q", "-nologo"], root);
        var generator = Path.Combine(root, "generator/bin/Release/net10.0/MoriokaSite.dll");
        var layouts = Path.Combine(AppContext.BaseDirectory, "hugo/layouts");
        Console.WriteLine($"Hugo: {Shell.Capture("hugo", ["version"]).Trim()}");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; median of {runs} runs each\n");

        var sites = new List<(string Label, string Root)> { ("real", root) };
        foreach (var scale in scales)
        {
            var synthetic = Path.Combine(work, $"synthetic-x{scale}");
            SyntheticSite.Write(root, synthetic, scale);
            sites.Add(($"x{scale}", synthetic));
        }

        var rows = new List<Row>();
        foreach (var (label, site) in sites)
        {
            rows.Add(Measure(label, site, generator, layouts, work, runs));
            Console.WriteLine(rows[^1].Format());
        }

        Console.WriteLine();
        Console.WriteLine(Row.Header);
        rows.ForEach(r => Console.WriteLine(r.Format()));
        PrintGrowth(rows);
        PrintDotnetRunOverhead(root, generator, runs);
        PrintServeRebuild(root, work, runs).GetAwaiter().GetResult();
        return 0;
    }

    private static Row Measure(string label, string site, string generator, string layouts, string work, int runs)
    {
        var output = Path.Combine(work, $"out-{label}");
        var cache = Path.Combine(work, "template-cache");
        var env = new Dictionary<string, string> { ["MORIOKASITE_TEMPLATE_CACHE"] = cache };
        string[] build = [generator, "build", "--root", site, "--output", output, "--base-url", BaseUrl];

        var changed = Measurement.Median(runs, () => Measurement.Run("dotnet", build, env), before: () => DeleteFolder(cache));
        var cached = Measurement.Median(runs, () => Measurement.Run("dotnet", build, env));
        var (pages, bytes) = Census(output);

        var hugoSite = Path.Combine(work, $"hugo-{label}");
        var hugoOutput = Path.Combine(work, $"hugo-out-{label}");
        HugoSite.Write(site, hugoSite, layouts);
        var hugo = Measurement.Median(runs, () => Measurement.Run("hugo", ["--quiet", "-s", hugoSite, "-d", hugoOutput]), before: () => DeleteFolder(hugoOutput));
        var (hugoPages, hugoBytes) = Census(hugoOutput);
        var projects = File.ReadAllLines(Path.Combine(site, "data/projects.csv")).Count(l => l.Length > 0 && char.IsAsciiLetterLower(l[0]));
        return new Row(label, projects, pages, cached, changed, hugo, bytes, hugoPages, hugoBytes);
    }

    private static (int Pages, long Bytes) Census(string folder)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        return (files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), files.Sum(f => new FileInfo(f).Length));
    }

    private static void PrintGrowth(List<Row> rows)
    {
        var scaled = rows.Where(r => r.Label.StartsWith('x')).ToList();
        for (var i = 1; i < scaled.Count; i++)
        {
            var data = (double)scaled[i].Projects / scaled[i - 1].Projects;
            Console.WriteLine($"growth {scaled[i - 1].Label} → {scaled[i].Label}: data ×{data:0.0}, time ×{scaled[i].Cached.Seconds / scaled[i - 1].Cached.Seconds:0.0} (ours), ×{scaled[i].Hugo.Seconds / scaled[i - 1].Hugo.Seconds:0.0} (Hugo)");
        }
    }

    /// <summary>What `dotnet run` adds to a build: MSBuild's up-to-date check of the generator before it starts.</summary>
    private static void PrintDotnetRunOverhead(string root, string generator, int runs)
    {
        var output = Path.Combine(Path.GetTempPath(), "moriokasite-bench", "out-dotnet-run");
        var direct = Measurement.Median(runs, () => Measurement.Run("dotnet", [generator, "build", "--output", output], workingDirectory: root));
        var viaRun = Measurement.Median(runs, () => Measurement.Run("dotnet", ["run", "--project", "generator", "-c", "Release", "--", "build", "--output", output], workingDirectory: root));
        Console.WriteLine($"\nreal site: `dotnet MoriokaSite.dll build` {direct.Seconds:0.00} s; `dotnet run --project generator -- build` {viaRun.Seconds:0.00} s (the build check adds {viaRun.Seconds - direct.Seconds:0.00} s)");
    }

    /// <summary>serve's path after a save: the same process rebuilds the whole site after projects.csv changes.</summary>
    private static async Task PrintServeRebuild(string root, string work, int runs)
    {
        var site = Path.Combine(work, "serve-site");
        SyntheticSite.Write(root, site, 1);
        var options = new MoriokaSite.Pipeline.BuildOptions(site, Path.Combine(work, "out-serve"), "http://127.0.0.1:8080/");
        await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(options); // The first build, as serve does on start.
        var csv = Path.Combine(site, "data/projects.csv");
        var times = new List<double>();
        for (var i = 0; i < Math.Max(runs, 5); i++)
        {
            File.WriteAllText(csv, File.ReadAllText(csv).Replace("ものづくり人材育成事業", i % 2 == 0 ? "ものづくり人材育成事業（改）" : "ものづくり人材育成事業", StringComparison.Ordinal), new System.Text.UTF8Encoding(true));
            var clock = Stopwatch.StartNew();
            var result = await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(options);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("serve rebuild failed");
            }
        }

        times.Sort();
        Console.WriteLine($"serve: rebuild of the real site after a projects.csv edit, in process: median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0}, {times.Count} edits)");
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

internal sealed record Row(string Label, int Projects, int Pages, Measurement Cached, Measurement Changed, Measurement Hugo, long Bytes, int HugoPages, long HugoBytes)
{
    public const string Header =
        "site   projects  pages | ours s  (tmpl changed s) | Hugo s | ours/Hugo | ours MB peak  Hugo MB peak | ours pages/s  Hugo pages/s | ours out MB  Hugo out MB (pages)";

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Label,-6} {Projects,8} {Pages,6} | {Cached.Seconds,6:0.00}  ({Changed.Seconds,6:0.00})         | {Hugo.Seconds,6:0.00} | {Cached.Seconds / Hugo.Seconds,9:0.00} | {Cached.PeakKilobytes / 1024.0,12:0}  {Hugo.PeakKilobytes / 1024.0,12:0} | {Pages / Cached.Seconds,12:0}  {HugoPages / Hugo.Seconds,12:0} | {Bytes / 1048576.0,11:0.0}  {HugoBytes / 1048576.0,11:0.0} ({HugoPages})");
}

using System.Diagnostics;
using System.Globalization;
using MoriokaSite.Benchmarks;
using MoriokaSite.Tests.Support;

// The benchmark: our generator and Hugo, side by side, on the real site and on synthetic sites of
// 1, 10 and 100 times its size. Every build is a cold process, as a user runs it.
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- run [--scales 1,10,100] [--runs 3] [--baseline REV[,REV…]]   (each REV's generator, building REV's own site, measured beside today's)
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- synth --scale 10 --output DIR
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- serve-latency [--runs 10]
//   dotnet run --project tests/MoriokaSite.Benchmarks -c Release -- serve-rebuild [--runs 5]   (serve's rebuild after a CSV edit, in process, by stage)
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
        return Benchmark.Run(
            root,
            Option("--scales", "1,10,100").Split(',').Select(int.Parse).ToList(),
            int.Parse(Option("--runs", "3"), CultureInfo.InvariantCulture),
            Option("--baseline", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries));
    case "serve-rebuild":
        await Benchmark.PrintServeRebuild(root, Path.Combine(Path.GetTempPath(), "moriokasite-bench"), int.Parse(Option("--runs", "5"), CultureInfo.InvariantCulture));
        return 0;
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
        Console.Error.WriteLine("usage: run [--scales 1,10,100] [--runs 3] [--baseline REV[,REV…]] | synth --scale N --output DIR | serve-latency [--runs 10] | serve-rebuild [--runs 5] | search [--scale 94] [--baseline REV] [--rounds N] | weight | lighthouse | history [--commits 100] [--runs 5]");
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

    public static int Run(string root, IReadOnlyList<int> scales, int runs, IReadOnlyList<string> baselines)
    {
        foreach (var (tool, install) in new[] { (Measurement.GnuTime, "apt-get install -y time"), ("/usr/bin/hugo", "apt-get install -y hugo") })
        {
            if (!File.Exists(tool))
            {
                Console.Error.WriteLine($"{tool} is missing; install it with: {install}");
                return 2;
            }
        }

        var started = Stopwatch.StartNew();
        var work = Path.Combine(Path.GetTempPath(), "moriokasite-bench");
        Directory.CreateDirectory(work);
        Console.WriteLine($"Load average at the start (1 / 5 / 15 min): {MachineLoad.Now()}");
        List<Generator> generators = [Generator.Today(root, work)];
        generators.AddRange(baselines.Select(revision => Generator.Baseline(root, revision, work)));

        var layouts = Path.Combine(AppContext.BaseDirectory, "hugo/layouts");
        Console.WriteLine($"Hugo: {Shell.Capture("hugo", ["version"]).Trim()}");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; median of {runs} runs each, the tools taking turns in each round\n");

        // Each generator builds its own revision's site; Hugo builds today's, the one the comparison is about.
        var sites = new List<(string Label, IReadOnlyList<string> Roots)> { ("real", [.. generators.Select(g => g.Root)]) };
        foreach (var scale in scales)
        {
            sites.Add(($"x{scale}", [.. generators.Select((g, i) =>
            {
                var synthetic = Path.Combine(work, i == 0 ? $"synthetic-x{scale}" : $"synthetic-x{scale}-{g.Name}");
                SyntheticSite.Write(g.Root, synthetic, scale);
                return synthetic;
            })]));
        }

        var rows = new List<Row>();
        var stages = new List<(string Build, Measurement Run)>();
        foreach (var (label, siteRoots) in sites)
        {
            var (row, builds) = Measure(label, siteRoots, generators, layouts, work, runs);
            rows.Add(row);
            stages.AddRange(builds);
            Console.WriteLine(row.Format());
        }

        Console.WriteLine();
        Console.WriteLine(Row.Header(generators));
        rows.ForEach(r => Console.WriteLine(r.Format()));
        PrintGrowth(rows, generators);
        Console.WriteLine("\nWhere the time goes (ms; `build --timings` of each median run; start-up is the runtime's, before the build):");
        StageTable.Print(stages);
        PrintReadmeCommand(root, generators, runs);
        PrintServeRebuild(root, work, runs).GetAwaiter().GetResult();
        Console.WriteLine($"\nLoad average at the end (1 / 5 / 15 min): {MachineLoad.Now()}; the whole run took {started.Elapsed.TotalMinutes:0.0} min");
        return 0;
    }

    /// <param name="sites">Each generator's own site, in the order of <paramref name="generators"/> (today's first).</param>
    private static (Row Row, List<(string Build, Measurement Run)> Stages) Measure(string label, IReadOnlyList<string> sites, IReadOnlyList<Generator> generators, string layouts, string work, int runs)
    {
        var load = MachineLoad.OneMinute();
        var site = sites[0];
        var hugoSite = Path.Combine(work, $"hugo-{label}");
        var hugoOutput = Path.Combine(work, $"hugo-out-{label}");
        HugoSite.Write(site, hugoSite, layouts);

        // Each round runs every build once, in turn, so that whatever else the machine does falls on all alike.
        var changed = generators.Select(_ => new List<Measurement>()).ToList();
        var cached = generators.Select(_ => new List<Measurement>()).ToList();
        var hugo = new List<Measurement>();
        for (var round = 0; round < runs; round++)
        {
            for (var g = 0; g < generators.Count; g++)
            {
                DeleteFolder(generators[g].TemplateCache);
                Sync();
                changed[g].Add(generators[g].Build(sites[g], Output(label, g), BaseUrl));
                Sync();
                cached[g].Add(generators[g].Build(sites[g], Output(label, g), BaseUrl));
            }

            DeleteFolder(hugoOutput);
            Sync();
            hugo.Add(Measurement.Run("hugo", ["--quiet", "-s", hugoSite, "-d", hugoOutput]));
        }

        string Output(string site, int generator) => Path.Combine(work, $"out-{site}-{generator}");
        var (pages, bytes) = Census(Output(label, 0));
        var (hugoPages, hugoBytes) = Census(hugoOutput);
        var projects = File.ReadAllLines(Path.Combine(site, "data/projects.csv")).Count(l => l.Length > 0 && char.IsAsciiLetterLower(l[0]));
        var builds = generators.SelectMany((g, i) => new[] { ($"{label} {g.Name}", Median(cached[i])), ($"{label} {g.Name} tmpl changed", Median(changed[i])) }).ToList();
        var row = new Row(label, projects, pages, [.. generators.Select((_, i) => Median(cached[i]))], [.. generators.Select((_, i) => Median(changed[i]))], Median(hugo), bytes, hugoPages, hugoBytes, load);
        return (row, builds);
    }

    private static Measurement Median(List<Measurement> runs) => runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);

    // The previous run's output is still being flushed to disk; without this the next run pays for it.
    private static void Sync() => Process.Start("sync")!.WaitForExit();

    private static (int Pages, long Bytes) Census(string folder)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        return (files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), files.Sum(f => new FileInfo(f).Length));
    }

    private static void PrintGrowth(List<Row> rows, IReadOnlyList<Generator> generators)
    {
        var scaled = rows.Where(r => r.Label.StartsWith('x')).ToList();
        for (var i = 1; i < scaled.Count; i++)
        {
            var data = (double)scaled[i].Projects / scaled[i - 1].Projects;
            var ours = string.Join(", ", scaled[i].Cached.Select((c, g) => $"×{c.Seconds / scaled[i - 1].Cached[g].Seconds:0.0}"));
            Console.WriteLine($"growth {scaled[i - 1].Label} → {scaled[i].Label}: data ×{data:0.0}, time {ours} ({string.Join(", ", generators.Select(g => g.Name))}), ×{scaled[i].Hugo.Seconds / scaled[i - 1].Hugo.Seconds:0.0} (Hugo)");
        }
    }

    /// <summary>
    /// The README's command against the program itself, on the real site: `dotnet run` asks MSBuild whether the
    /// generator is up to date before it starts; tools/build.sh reuses a published generator while its sources are unchanged.
    /// </summary>
    private static void PrintReadmeCommand(string root, IReadOnlyList<Generator> generators, int runs)
    {
        Console.WriteLine();
        var output = Path.Combine(Path.GetTempPath(), "moriokasite-bench", "out-readme");
        foreach (var generator in generators)
        {
            var source = generator.Source ?? root;
            var env = generator.Environment();
            Shell.Run("dotnet", ["build", "generator", "-v", "q", "-nologo"], source); // So that no measured `dotnet run` compiles it.
            var program = generator.Source is null
                ? Measurement.Median(runs, () => Measurement.Run("bash", ["tools/build.sh", "--output", output], env, source))
                : Measurement.Median(runs, () => Measurement.Run(generator.Command, [.. generator.Prefix, "--output", output], env, source));
            var viaRun = Measurement.Median(runs, () => Measurement.Run("dotnet", ["run", "--project", "generator", "--", "build", "--output", output], env, source));
            var name = generator.Source is null ? "`bash tools/build.sh`" : "`dotnet MoriokaSite.dll build` (Release)";
            Console.WriteLine($"real site, {generator.Name}: {name} {program.Seconds:0.00} s (cpu {program.CpuSeconds:0.00} s); `dotnet run --project generator -- build` {viaRun.Seconds:0.00} s (cpu {viaRun.CpuSeconds:0.00} s)");
        }
    }

    /// <summary>serve's path after a save: the same process rebuilds the whole site after projects.csv changes (today's only).</summary>
    public static async Task PrintServeRebuild(string root, string work, int runs)
    {
        var site = Path.Combine(work, "serve-site");
        SyntheticSite.Write(root, site, 1);
        // Into the folder serve itself writes to (a RAM disk where there is one), as serve builds.
        var serveFolder = MoriokaSite.Commands.Preview.ServeFolder.Create();
        try
        {
            await PrintServeRebuild(site, work, runs, new MoriokaSite.Pipeline.BuildOptions(site, Path.Combine(serveFolder.FullName, "site"), MoriokaSite.Config.BaseUrl.Parse("http://127.0.0.1:8080/"), RemoveOldLater: true));
        }
        finally
        {
            MoriokaSite.Output.SiteWriter.FinishRemoving(Path.Combine(serveFolder.FullName, "site"));
            DeleteFolder(serveFolder.FullName);
        }
    }

    private static async Task PrintServeRebuild(string site, string work, int runs, MoriokaSite.Pipeline.BuildOptions options)
    {
        await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(options); // The first build, as serve does on start.
        var csv = Path.Combine(site, "data/projects.csv");
        var times = new List<double>();
        var stages = new List<MoriokaSite.Pipeline.StageTimings>();
        for (var i = 0; i < Math.Max(runs, 5); i++)
        {
            File.WriteAllText(csv, File.ReadAllText(csv).Replace("ものづくり人材育成事業", i % 2 == 0 ? "ものづくり人材育成事業（改）" : "ものづくり人材育成事業", StringComparison.Ordinal), new System.Text.UTF8Encoding(true));
            var clock = Stopwatch.StartNew();
            var result = await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(options);
            times.Add(clock.Elapsed.TotalMilliseconds);
            stages.Add(result.Timings);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("serve rebuild failed");
            }
        }

        times.Sort();
        Console.WriteLine($"serve: rebuild of the real site after a projects.csv edit, in process: median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0}, {times.Count} edits); the edit seen in a browser: `serve-latency`");
        var names = stages[0].Stages.Select(s => s.Stage).ToList();
        Console.WriteLine("  median of each stage: " + string.Join(", ", names.Select((name, i) => $"{name} {stages.Select(t => t.Stages[i].Elapsed.TotalMilliseconds).Order().ElementAt(stages.Count / 2):0} ms")));

        // A template edit: each save is a theme never seen before, so Roslyn compiles every template again.
        var template = Path.Combine(site, "themes/default/layouts/Project.cshtml");
        var original = File.ReadAllText(template);
        var templateTimes = new List<double>();
        for (var i = 0; i < Math.Max(runs, 5); i++)
        {
            File.WriteAllText(template, original + $"\n@* edit {i} *@\n");
            var clock = Stopwatch.StartNew();
            var result = await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(options with { TemplateCache = Path.Combine(work, "serve-template-cache") });
            templateTimes.Add(clock.Elapsed.TotalMilliseconds);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("serve rebuild after a template edit failed");
            }
        }

        templateTimes.Sort();
        Console.WriteLine($"serve: rebuild of the real site after a template edit, in process: median {templateTimes[templateTimes.Count / 2]:0} ms (min {templateTimes[0]:0}, max {templateTimes[^1]:0}, {templateTimes.Count} edits)");
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>One site's figures: each generator's (today's first, then the baseline's) beside Hugo's.</summary>
internal sealed record Row(string Label, int Projects, int Pages, IReadOnlyList<Measurement> Cached, IReadOnlyList<Measurement> Changed, Measurement Hugo, long Bytes, int HugoPages, long HugoBytes, double Load)
{
    public static string Header(IReadOnlyList<Generator> generators) =>
        $"site   projects  pages | {string.Join(" | ", generators.Select(g => $"{g.Name} s (tmpl changed) /Hugo  MB peak"))} | Hugo s  MB peak | pages/s ours Hugo | out MB ours Hugo (pages) | load";

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Label,-6} {Projects,8} {Pages,6} | {string.Join(" | ", Cached.Select((c, i) => $"{c.Seconds,6:0.00} ({Changed[i].Seconds,6:0.00}) {c.Seconds / Hugo.Seconds,5:0.00} {c.PeakKilobytes / 1024.0,6:0}"))} | {Hugo.Seconds,6:0.00} {Hugo.PeakKilobytes / 1024.0,6:0} | {Pages / Cached[0].Seconds,7:0} {HugoPages / Hugo.Seconds,6:0} | {Bytes / 1048576.0,6:0.0} {HugoBytes / 1048576.0,6:0.0} ({HugoPages}) | {Load:0.0}");
}

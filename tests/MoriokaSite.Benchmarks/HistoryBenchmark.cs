using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using MoriokaSite.Diagnostics;
using MoriokaSite.History;
using MoriokaSite.Loading;
using MoriokaSite.Modelling;
using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Benchmarks;

/// <summary>
/// What reading the projects' history costs: the real repository, and a synthetic one of 100 commits of about
/// 1,000 projects (each commit moves statuses, rewords names, changes towns; every tenth adds and removes a project).
/// Reading with an empty cache and with a warm one, the model stage, and whole builds with and without the history.
/// </summary>
internal static class HistoryBenchmark
{
    public static async Task<int> RunAsync(string root, int commits, int runs)
    {
        var work = Path.Combine(Path.GetTempPath(), "moriokasite-bench", "history");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; median of {runs} runs each\n");
        Measure("real repository", root, work, runs);

        var synthetic = Path.Combine(work, "synthetic");
        var projects = SyntheticSite.Write(root, synthetic, 10);
        var clock = Stopwatch.StartNew();
        MakeHistory(synthetic, commits);
        Console.WriteLine($"\nsynthetic: {projects} projects, {commits} commits made in {clock.Elapsed.TotalSeconds:0.0} s");
        Measure("synthetic", synthetic, work, runs);

        // The whole build, with its history and without (the same files with no repository around them).
        var plain = Path.Combine(work, "synthetic-plain");
        Morioka2015.CopyFolder(synthetic, plain);
        Directory.Delete(Path.Combine(plain, ".git"), recursive: true);
        var cache = Path.Combine(work, "warm-cache");
        var with = await Median(runs, () => Build(synthetic, Path.Combine(work, "out-with"), cache));
        var without = await Median(runs, () => Build(plain, Path.Combine(work, "out-without"), cache));
        Console.WriteLine($"synthetic whole build (in process, warm caches): with history {with:0} ms, without {without:0} ms");
        return 0;
    }

    private static void Measure(string label, string site, string work, int runs)
    {
        var cold = Median(runs, () => HistoryReader.Read(site, Path.Combine(work, "cold-" + Guid.NewGuid().ToString("N"))));
        var warmCache = Path.Combine(work, "warm-" + label.Replace(' ', '-'));
        var source = HistoryReader.Read(site, warmCache);
        var warm = Median(runs, () => HistoryReader.Read(site, warmCache));
        var diagnostics = new DiagnosticBag();
        var model = ModelBuilder.Build(SiteLoader.Load(site, diagnostics), diagnostics) ?? throw new InvalidOperationException($"{label} does not validate");
        var history = HistoryBuilder.Build(source, model);
        var build = Median(runs, () => HistoryBuilder.Build(source, model));
        Console.WriteLine($"{label}: {source.Versions.Count} versions, {history?.All.Count() ?? 0} changes; read {cold:0} ms (empty cache), {warm:0} ms (warm cache); changes computed in {build:0} ms");
    }

    private static double Median(int runs, Action run)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(runs / 2);
    }

    private static async Task<double> Median(int runs, Func<Task> run)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(runs / 2);
    }

    private static async Task Build(string site, string output, string cache)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site, output, null, HistoryCache: cache));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        }
    }

    private static void MakeHistory(string site, int commits)
    {
        var path = Path.Combine(site, "data/projects.csv");
        var rows = Read(path);
        Git.Run(site, "init", "-q");
        Git.CommitAll(site, "import", "2015-12-01T10:00:00+09:00");
        string[] statuses = ["検討", "計画", "既存"];
        for (var i = 1; i < commits; i++)
        {
            var n = rows.Count - 1;
            for (var k = 0; k < 10; k++)
            {
                var row = rows[1 + ((i * 37 + k * 101) % n)];
                row[4] = statuses[(Array.IndexOf(statuses, row[4]) + 1) % 3];
            }

            rows[1 + (i * 13 % n)][1] += "（改）";
            var towns = rows[1 + (i * 17 % n)];
            towns[5] = towns[5] == "盛岡市、滝沢市" ? "8市町" : "盛岡市、滝沢市";
            if (i % 10 == 0)
            {
                rows.RemoveAt(1 + (i * 29 % n));
                rows.Add([$"n{i:D3}", $"新しい事業{i}", "概要。", rows[1][3], "計画", "8市町", string.Empty, string.Empty]);
            }

            Write(path, rows);
            Git.CommitAll(site, $"change {i}", new DateTime(2016, 1, 1).AddDays(i * 3).ToString("yyyy-MM-dd'T'10:00:00+09:00", CultureInfo.InvariantCulture));
        }
    }

    private static List<string[]> Read(string path)
    {
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i) ?? string.Empty).ToArray());
        }

        return rows;
    }

    private static void Write(string path, List<string[]> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }
}

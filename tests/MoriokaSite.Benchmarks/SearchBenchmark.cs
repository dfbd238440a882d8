using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using Microsoft.Playwright;
using MoriokaSite.Commands.Preview;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Modelling;
using MoriokaSite.Routing;
using MoriokaSite.Search;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Benchmarks;

/// <summary>
/// The site's search beside Pagefind, over the same built pages, in Chromium:
/// what a visitor downloads for the search page and a first query (gzip), the time from the last
/// keystroke to painted results, and whether our results hold every project Pagefind finds.
/// Then the same figures on a synthetic site of about 10,000 projects.
/// </summary>
public static class SearchBenchmark
{
    private static readonly IReadOnlyList<string> Queries = MoriokaSite.Tests.Support.SearchQueries.Japanese;

    /// <summary>Queries of each kind search has to understand, beside the twenty plain ones.</summary>
    private static readonly IReadOnlyList<(string Kind, string Query)> KindQueries =
    [
        ("town", "雫石"), ("town", "盛岡 八幡平"), ("town", "観光 滝沢"),
        ("kana", "すきー"), ("kana", "いんたーんしっぷ"),
        ("synonym", "IT"), ("synonym", "子育て"), ("synonym", "インバウンド"), ("synonym", "Uターン"),
        ("typo", "いんたんしぷ"), ("typo", "観行"),
    ];

    /// <param name="baseline">A git revision whose site and search are measured beside today's, query by query in the same run (an A/B on one machine), or null.</param>
    /// <param name="rounds">How many times each query is typed; times are the median over the rounds.</param>
    public static async Task<int> RunAsync(string root, int syntheticScale, string? baseline, int rounds)
    {
        var benchFolder = Path.Combine(root, "tests/MoriokaSite.Benchmarks");
        if (!File.Exists(Path.Combine(benchFolder, "node_modules/.bin/pagefind")))
        {
            Shell.Run("npm", ["ci", "--no-audit", "--no-fund"], benchFolder);
        }

        var work = Path.Combine(Path.GetTempPath(), "moriokasite-search-bench");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Console.WriteLine("Building the generator (Release)…");
        Shell.Run("dotnet", ["build", Path.Combine(root, "generator"), "-c", "Release", "-v", "q", "-nologo"], root);
        var generator = Path.Combine(root, "generator/bin/Release/net10.0/MoriokaSite.dll");

        var real = Path.Combine(work, "real");
        Shell.Run("dotnet", [generator, "build", "--output", real, "--base-url", "/"], root);
        var baselineSite = baseline is null ? null : BuildBaseline(root, baseline, work);
        var pagefind = Stopwatch.StartNew();
        Shell.Run(Path.Combine(benchFolder, "node_modules/.bin/pagefind"), ["--site", real, "--silent"], benchFolder);
        Console.WriteLine($"Pagefind {Shell.Capture(Path.Combine(benchFolder, "node_modules/.bin/pagefind"), ["--version"]).Trim()} indexed the built site in {pagefind.ElapsedMilliseconds} ms");
        File.WriteAllText(Path.Combine(real, "pagefind-compare.html"), PagefindPage);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.Path(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        var index = RealIndex(root);
        if (baselineSite is not null)
        {
            await CompareWithBaselineAsync(browser, real, baselineSite, baseline!, rounds);
        }

        using (var server = new FolderServer(real))
        {
            Console.WriteLine($"\nReal site ({index.Documents.Count} projects): first query, gzip bytes and keystroke-to-paint, then results compared");
            Console.WriteLine($"{"query",-12} {"ours KB",8} {"ours ms",8} {"PF KB",8} {"PF ms",8} {"ours",5} {"PF",5} {"PF only",8}  projects Pagefind finds that we do not");
            var ours = new List<Visit>();
            var theirs = new List<Visit>();
            var missingTotal = 0;
            foreach (var query in Queries)
            {
                var our = await OursAsync(browser, server, real, query);
                var their = await PagefindAsync(browser, server, real, query);
                ours.Add(our);
                theirs.Add(their);
                var expected = SearchEngine.Find(index, SearchQuery.Parse(query, index.Towns)).Select(h => index.Documents[h.Document].Url).ToHashSet();
                var theirProjects = their.Urls.Where(u => u.StartsWith("/projects/p", StringComparison.Ordinal)).ToHashSet();
                var missing = theirProjects.Except(expected).Order(StringComparer.Ordinal).ToList();
                missingTotal += missing.Count;
                var countShown = our.Count == expected.Count ? expected.Count.ToString(CultureInfo.InvariantCulture) : $"{our.Count}≠{expected.Count}";
                Console.WriteLine($"{query,-12} {Kb(our.Bytes),8} {our.Milliseconds,8:0} {Kb(their.Bytes),8} {their.Milliseconds,8:0} {countShown,5} {theirProjects.Count,5} {missing.Count,8}  {string.Join(" ", missing)}");
            }

            Console.WriteLine($"median       {Kb(Median(ours.Select(v => (double)v.Bytes))),8} {Median(ours.Select(v => v.Milliseconds)),8:0} {Kb(Median(theirs.Select(v => (double)v.Bytes))),8} {Median(theirs.Select(v => v.Milliseconds)),8:0}");
            Console.WriteLine($"Our first query fetched: {string.Join(", ", ours[0].Files)}");
            Console.WriteLine($"Pagefind's first query fetched: {string.Join(", ", theirs[0].Files)}");
            Console.WriteLine($"Projects Pagefind finds that we do not, over {Queries.Count} queries: {missingTotal}");

            Console.WriteLine($"\nQueries by kind: results ours / Pagefind's, first query KB and keystroke-to-paint ms");
            Console.WriteLine($"{"kind",-8} {"query",-16} {"ours",5} {"PF",5} {"ours KB",8} {"ours ms",8} {"PF KB",8} {"PF ms",8}");
            foreach (var (kind, query) in KindQueries)
            {
                var our = await OursAsync(browser, server, real, query);
                var their = await PagefindAsync(browser, server, real, query);
                var theirProjects = their.Urls.Count(u => u.StartsWith("/projects/p", StringComparison.Ordinal));
                Console.WriteLine($"{kind,-8} {query,-16} {our.Count,5} {theirProjects,5} {Kb(our.Bytes),8} {our.Milliseconds,8:0} {Kb(their.Bytes),8} {their.Milliseconds,8:0}");
            }
        }

        var synthetic = Path.Combine(work, "synthetic");
        var count = SyntheticSite.Write(root, Path.Combine(work, "synthetic-source"), syntheticScale);
        var build = Stopwatch.StartNew();
        Shell.Run("dotnet", [generator, "build", "--output", synthetic, "--base-url", "/"], Path.Combine(work, "synthetic-source"));
        Console.WriteLine($"\nSynthetic site: {count} projects, built in {build.Elapsed.TotalSeconds:0.0} s; index {Directory.GetFiles(Path.Combine(synthetic, "search/index")).Length} files, {Kb(Directory.GetFiles(Path.Combine(synthetic, "search/index")).Sum(f => new FileInfo(f).Length))} KB raw");
        using (var server = new FolderServer(synthetic))
        {
            Console.WriteLine($"{"query",-12} {"results",8} {"KB",8} {"files",6} {"first ms",9} {"page ms",8}");
            var visits = new List<Visit>();
            foreach (var query in Queries)
            {
                var visit = await OursAsync(browser, server, synthetic, query);
                visits.Add(visit);
                Console.WriteLine($"{query,-12} {visit.Count,8} {Kb(visit.Bytes),8} {visit.Files.Count,6} {visit.Milliseconds,9:0} {visit.AllMilliseconds,8:0}");
            }

            foreach (var (label, times) in new[] { ("first result", visits.Select(v => v.Milliseconds)), ("first ten results", visits.Select(v => v.AllMilliseconds)) })
            {
                var sorted = times.Order().ToList();
                Console.WriteLine($"keystroke to {label} painted: median {Median(sorted):0} ms, p90 {sorted[(int)Math.Ceiling(sorted.Count * 0.9) - 1]:0} ms, max {sorted[^1]:0} ms");
            }

            Console.WriteLine($"first-query download median {Kb(Median(visits.Select(v => (double)v.Bytes)))} KB (search page, style, scripts and index files, gzip)");
        }

        return 0;
    }

    /// <summary>Builds the site as it was at a revision, with that revision's generator, theme and data.</summary>
    private static string BuildBaseline(string root, string revision, string work)
    {
        var source = Path.Combine(work, "baseline-source");
        Directory.CreateDirectory(source);
        Shell.Run("bash", ["-c", $"git -C \"{root}\" archive \"{revision}\" | tar -x -C \"{source}\""], root);
        Console.WriteLine($"Building the generator at {revision} (Release)…");
        Shell.Run("dotnet", ["build", Path.Combine(source, "generator"), "-c", "Release", "-v", "q", "-nologo"], source);
        var site = Path.Combine(work, "baseline");
        Shell.Run("dotnet", [Path.Combine(source, "generator/bin/Release/net10.0/MoriokaSite.dll"), "build", "--output", site, "--base-url", "/"], source);
        return site;
    }

    /// <summary>
    /// Today's search and the baseline's on the same queries, typed alternately (today, baseline, today…) so that
    /// whatever else the machine does falls on both alike; each figure is the median over the rounds.
    /// </summary>
    private static async Task CompareWithBaselineAsync(IBrowser browser, string real, string baselineSite, string revision, int rounds)
    {
        using var ours = new FolderServer(real);
        using var theirs = new FolderServer(baselineSite);
        Console.WriteLine($"\nToday beside {revision}, {rounds} round(s) of {Queries.Count} queries: first-query gzip KB and keystroke-to-first-result ms (median over rounds)");
        Console.WriteLine($"{"query",-12} {"today KB",9} {"today ms",9} {"base KB",8} {"base ms",8}");
        var today = new List<(double Bytes, double Ms)>();
        var before = new List<(double Bytes, double Ms)>();
        static (double Bytes, double Ms) Medians(List<Visit> visits) => (Median(visits.Select(v => (double)v.Bytes)), Median(visits.Select(v => v.Milliseconds)));
        foreach (var query in Queries)
        {
            var a = new List<Visit>();
            var b = new List<Visit>();
            for (var round = 0; round < rounds; round++)
            {
                a.Add(await OursAsync(browser, ours, real, query));
                b.Add(await OursAsync(browser, theirs, baselineSite, query));
            }

            var (t, o) = (Medians(a), Medians(b));
            today.Add(t);
            before.Add(o);
            Console.WriteLine($"{query,-12} {Kb(t.Bytes),9} {t.Ms,9:0} {Kb(o.Bytes),8} {o.Ms,8:0}");
        }

        Console.WriteLine($"median       {Kb(Median(today.Select(x => x.Bytes))),9} {Median(today.Select(x => x.Ms)),9:0} {Kb(Median(before.Select(x => x.Bytes))),8} {Median(before.Select(x => x.Ms)),8:0}");
    }

    /// <param name="Milliseconds">From the last keystroke to the first result painted.</param>
    /// <param name="AllMilliseconds">To the whole first page of results painted.</param>
    private sealed record Visit(long Bytes, double Milliseconds, int Count, IReadOnlyList<string> Urls, IReadOnlyList<string> Files, double AllMilliseconds = 0);

    /// <summary>A fresh visitor: opens /search/, types the query, and waits for its results to be painted.</summary>
    private static async Task<Visit> OursAsync(IBrowser browser, FolderServer server, string folder, string query)
    {
        var context = await browser.NewContextAsync(new() { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        var files = new List<string>();
        page.Request += (_, request) => files.Add(new Uri(request.Url).AbsolutePath);
        await page.AddInitScriptAsync(PaintProbe);
        await page.GotoAsync(server.Url + "search/");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('search-results-drawn').length > 0");
        await TypeAsync(page, "#search-q", query);
        await page.WaitForFunctionAsync("q => window.painted && window.painted.q === q", query);
        // A query that finds nothing paints no first result: its time is the time to the whole answer.
        var milliseconds = await page.EvaluateAsync<double>("q => (window.firstPainted && window.firstPainted.q === q ? window.firstPainted : window.painted).ms", query);
        var all = await page.EvaluateAsync<double>("() => window.painted.ms");
        // The live region waits for a pause in typing before it speaks; the results are already painted.
        await page.WaitForFunctionAsync("() => !/^全\\d+件$/.test(document.getElementById('search-status').textContent)");
        var status = await page.Locator("#search-status").TextContentAsync() ?? string.Empty;
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(status, @"(\d+)件$").Groups[1].Value, CultureInfo.InvariantCulture);
        var urls = await page.Locator("#search-results h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        await context.CloseAsync();
        return new Visit(GzipBytes(folder, files), milliseconds, count, urls, files, all);
    }

    /// <summary>The same with Pagefind's own UI over the same pages; then every result's URL through its API (not counted).</summary>
    private static async Task<Visit> PagefindAsync(IBrowser browser, FolderServer server, string folder, string query)
    {
        var context = await browser.NewContextAsync(new() { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        var files = new List<string>();
        page.Request += (_, request) => files.Add(new Uri(request.Url).AbsolutePath);
        await page.GotoAsync(server.Url + "pagefind-compare.html");
        await page.Locator(".pagefind-ui__search-input").WaitForAsync();
        await TypeAsync(page, ".pagefind-ui__search-input", query);
        var milliseconds = double.NaN;
        try
        {
            await page.WaitForFunctionAsync("q => window.painted && window.painted.q === q", query, new() { Timeout = 10_000 });
            milliseconds = await page.EvaluateAsync<double>("() => window.painted.ms");
        }
        catch (TimeoutException)
        {
            // Its UI paints nothing we can time when a query finds nothing: the time stays unknown (NaN).
        }

        var bytes = GzipBytes(folder, files);
        var shown = files.ToList();
        var urls = await page.EvaluateAsync<string[]>(
            "async q => { const pf = await import('/pagefind/pagefind.js'); const r = await pf.search(q); const all = await Promise.all(r.results.map(x => x.data())); return all.map(d => d.url); }", query);
        await context.CloseAsync();
        return new Visit(bytes, milliseconds, urls.Length, urls, shown);
    }

    /// <summary>
    /// Types as a person does. Japanese arrives whole when the IME conversion is confirmed (one input
    /// event, 観光); Latin letters arrive one key at a time, a tenth of a second apart.
    /// </summary>
    private static async Task TypeAsync(IPage page, string selector, string query)
    {
        await page.Locator(selector).FocusAsync();
        if (query.All(char.IsAscii))
        {
            await page.Locator(selector).PressSequentiallyAsync(query, new() { Delay = 100 });
        }
        else
        {
            await page.Keyboard.InsertTextAsync(query);
        }
    }

    /// <summary>Records, for the last input, the time until the page drew its results and the browser painted them.</summary>
    private const string PaintProbe = """
        document.addEventListener('input', (e) => { window.lastInput = { q: e.target.value, at: performance.now() }; }, true);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const name = { 'search-first-result-drawn': 'firstPainted', 'search-results-drawn': 'painted' }[entry.name];
            if (!name || !window.lastInput) continue;
            const input = window.lastInput;
            requestAnimationFrame(() => setTimeout(() => { window[name] = { q: input.q, ms: performance.now() - input.at }; }, 0));
          }
        }).observe({ entryTypes: ['mark'] });
        """;

    private const string PagefindPage = """
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="utf-8"><title>Pagefind</title>
        <link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
        <body><div id="search"></div>
        <script>
          window.addEventListener('DOMContentLoaded', () => {
            new PagefindUI({ element: '#search', showSubResults: false, debounceTimeoutMs: 0 });
            document.addEventListener('input', (e) => { window.lastInput = { q: e.target.value, at: performance.now() }; }, true);
            new MutationObserver(() => {
              const input = window.lastInput;
              if (!input || !document.querySelector('.pagefind-ui__result-link')) return;
              if (!document.querySelector('.pagefind-ui__message')?.textContent.includes(input.q)) return;
              requestAnimationFrame(() => setTimeout(() => { window.painted = { q: input.q, ms: performance.now() - input.at }; }, 0));
            }).observe(document.getElementById('search'), { subtree: true, childList: true, characterData: true });
          });
        </script></body></html>
        """;

    private static SearchIndex RealIndex(string root)
    {
        var diagnostics = new DiagnosticBag();
        var model = ModelBuilder.Build(SiteLoader.Load(root, diagnostics), diagnostics) ?? throw new InvalidOperationException("the real site has errors");
        return SearchIndex.Build(model, new Routes(BaseUrl.Parse("/")));
    }

    /// <summary>What the files cost over the wire: gzip as GitHub Pages sends text, or the bytes as they are when already compressed.</summary>
    private static long GzipBytes(string folder, IEnumerable<string> paths) => paths.Distinct().Sum(path =>
    {
        var file = FolderServer.FileFor(folder, path);
        if (file is null)
        {
            return 0L;
        }

        var raw = File.ReadAllBytes(file);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(raw);
        }

        return Math.Min(raw.LongLength, buffer.Length);
    });

    private static string Kb(double bytes) => (bytes / 1024).ToString("0.0", CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The site's own static server (the one serve and the browser tests use), for one folder at "/", on a free port.</summary>
    private sealed class FolderServer : IDisposable
    {
        private readonly StaticFileServer _server;

        public FolderServer(string folder)
        {
            _server = StaticFileServer.StartAsync(folder, "/").GetAwaiter().GetResult();
            Url = $"http://127.0.0.1:{_server.Port}/";
        }

        public string Url { get; }

        /// <summary>The file a request path was answered with, to count its bytes.</summary>
        public static string? FileFor(string folder, string path)
        {
            var file = Path.Combine(folder, Uri.UnescapeDataString(path).TrimStart('/'));
            if (Directory.Exists(file))
            {
                file = Path.Combine(file, "index.html");
            }

            return File.Exists(file) ? file : null;
        }

        public void Dispose()
        {
            _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using MoriokaSite.BrowserTests;
using MoriokaSite.Tests.Support;

// The accessibility audit and the page-weight figures.
//   dotnet run --project tests/MoriokaSite.Audit -- record   runs axe, the Nu Html Checker and the reflow check on every
//                                                            page and writes data/accessibility.json (rendered at /accessibility/)
//   dotnet run --project tests/MoriokaSite.Audit -- weight   bytes a visitor downloads per page (HTML + CSS + JS, gzip)
//   dotnet run --project tests/MoriokaSite.Audit -- lighthouse   Lighthouse (mobile) scores of the home page and a field page
//                                                            (npm ci in tests/MoriokaSite.Audit first; uses the system's Chromium)
var command = args.FirstOrDefault();
if (command is not ("record" or "weight" or "lighthouse"))
{
    Console.Error.WriteLine("usage: record | weight | lighthouse");
    return 2;
}

var site = new BrowserSite();
await site.InitializeAsync();
try
{
    return command switch
    {
        "record" => await Record(site),
        "weight" => Weight(site),
        _ => await Lighthouse(site),
    };
}
finally
{
    await site.DisposeAsync();
}

static async Task<int> Record(BrowserSite site)
{
    var page = await site.NewPageAsync();
    var narrow = await site.NewPageAsync(320, 800);
    int violations = 0, overflowing = 0;
    string axeVersion = string.Empty;
    foreach (var path in site.Pages)
    {
        await page.GotoAsync(site.Url(path));
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = AccessibilityTests.WcagTags } });
        violations += result.Violations.Sum(v => v.Nodes.Length);
        axeVersion = result.TestEngine?.Version ?? axeVersion;
        await narrow.GotoAsync(site.Url(path));
        var overflows = await narrow.EvaluateAsync<int>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth ? 1 : 0");
        if (overflows > 0)
        {
            Console.WriteLine($"scrolls sideways at 320 px: /{path}");
        }

        overflowing += overflows;
    }

    var htmlErrors = await Vnu.ErrorsAsync(Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories));
    var chromium = site.Browser.Version;

    // The test's date in Japan, where the site is published: the page shows it, the build never invents one.
    var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).DateTime);
    var report = new
    {
        date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        pages = site.Pages.Count,

        // Which pages: the fast tests compare it with each build, so a record older than the pages fails them.
        pagesFingerprint = AuditedPages.Fingerprint(site.Pages),
        checks = new object[]
        {
            new { name = "WCAG 2.0・2.1・2.2 レベル A・AA の自動検査", tool = $"axe-core {axeVersion}", scope = "全ページ", problems = violations },
            new { name = "HTML の文法", tool = $"Nu Html Checker (vnu-jar {Vnu.Version})", scope = "全ページ", problems = htmlErrors.Count },
            new { name = "幅 320 ピクセルで横スクロールしないこと", tool = $"Chromium {chromium}", scope = "全ページ", problems = overflowing },
        },
    };
    var target = Path.Combine(Repository.Root, "data/accessibility.json");
    await File.WriteAllTextAsync(target, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    Console.WriteLine($"{site.Pages.Count} pages: axe {violations}, HTML {htmlErrors.Count}, reflow {overflowing} → data/accessibility.json ({today:yyyy-MM-dd})");
    return violations + htmlErrors.Count + overflowing == 0 ? 0 : 1;
}

static async Task<int> Lighthouse(BrowserSite site)
{
    var cli = Path.Combine(Repository.Root, "tests/MoriokaSite.Audit/node_modules/.bin/lighthouse");
    if (!File.Exists(cli))
    {
        Console.Error.WriteLine("Lighthouse is not installed: run `npm ci` in tests/MoriokaSite.Audit.");
        return 2;
    }

    Console.WriteLine("page                 performance  accessibility  best-practices  SEO   (Lighthouse, mobile)");
    foreach (var path in new[] { "", "fields/tourism/", "towns/shizukuishi/", "projects/p057/", "search/?q=%E8%A6%B3%E5%85%89" })
    {
        var start = new System.Diagnostics.ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { site.Url(path), "--quiet", "--output=json", "--output-path=stdout", "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CHROME_PATH"] = Chromium.Path();
        using var process = System.Diagnostics.Process.Start(start)!;
        var json = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(errors);
            return 1;
        }

        using var report = JsonDocument.Parse(json);
        int Score(string category) => (int)Math.Round(report.RootElement.GetProperty("categories").GetProperty(category).GetProperty("score").GetDouble() * 100);
        Console.WriteLine($"/{path,-20} {Score("performance"),11}  {Score("accessibility"),13}  {Score("best-practices"),14}  {Score("seo"),4}");
    }

    return 0;
}

static int Weight(BrowserSite site)
{
    long Gzip(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(file));
        }

        return buffer.Length;
    }

    // What a page asks for: its own stylesheets and scripts (search.js only on the search page), each once.
    long Assets(string html, string pattern) => System.Text.RegularExpressions.Regex.Matches(html, pattern)
        .Select(m => Path.GetFileName(m.Groups[1].Value)).Distinct(StringComparer.Ordinal)
        .Sum(name => Gzip(Path.Combine(site.Output, "assets", name)));
    Console.WriteLine($"page                                  HTML gz   CSS gz   JS gz   total gz (KB)");
    foreach (var path in new[] { "", "fields/tourism/", "fields/education-culture-sports/", "towns/morioka/", "towns/shizukuishi/", "projects/p057/", "projects/", "agreement/", "search/" })
    {
        var file = Path.Combine(site.Output, path, "index.html");
        var text = File.ReadAllText(file);
        var html = Gzip(file);
        var css = Assets(text, "<link rel=\"stylesheet\" href=\"[^\"]*/assets/([^\"]+\\.css)\"");
        var js = Assets(text, "<script src=\"[^\"]*/assets/([^\"]+\\.js)\"");
        Console.WriteLine($"/{path,-36} {html / 1024.0,7:0.0}  {css / 1024.0,7:0.0}  {js / 1024.0,6:0.0}  {(html + css + js) / 1024.0,9:0.0}");
    }

    return 0;
}

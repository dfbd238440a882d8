using System.Diagnostics;
using MoriokaSite.Audit;

// The audit of a built site, which the publishing check runs before it publishes (tools/publish-check.sh):
//   dotnet run --project tools/MoriokaSite.Audit -- DIR --base-url URL [--report FILE] [--only PAGE]…
// checks every page of DIR (or only the pages named) for broken links, HTML errors, axe-core's WCAG A and AA
// rules and sideways scrolling at 320 px; prints each problem, and writes the record /accessibility/ shows.
// Exit status: 0 no problem, 1 problems found (the record is still written), 2 wrong usage.
var (folder, baseUrl, report, only) = (default(string), "/", default(string), new List<string>());
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--base-url" when i + 1 < args.Length:
            baseUrl = args[++i];
            break;
        case "--report" when i + 1 < args.Length:
            report = args[++i];
            break;
        case "--only" when i + 1 < args.Length:
            only.Add(args[++i].TrimStart('/'));
            break;
        case var a when !a.StartsWith("--", StringComparison.Ordinal) && folder is null:
            folder = a;
            break;
        default:
            folder = null;
            i = args.Length;
            break;
    }
}

if (folder is null || !Directory.Exists(folder))
{
    Console.Error.WriteLine("usage: MoriokaSite.Audit DIR --base-url URL [--report FILE] [--only PAGE]...  (DIR: a built site)");
    return 2;
}

var clock = Stopwatch.StartNew();
var site = SiteFolder.For(folder, baseUrl);
var pages = only.Count > 0 ? only : site.Pages();
var result = await SiteAudit.RunAsync(site, baseUrl, pages);
foreach (var finding in result.Findings)
{
    Console.WriteLine(finding);
}

if (report is not null)
{
    await File.WriteAllTextAsync(report, AuditRecord.Write(site, result, AuditRecord.TodayInJapan()));
}

var counts = string.Join(", ", AuditRecord.Checks.Select(c => $"{c} {result.ProblemsOf(c)}"));
Console.WriteLine($"audit: {pages.Count} pages, problems: {counts} ({clock.Elapsed.TotalSeconds:0.0} s){(report is null ? string.Empty : $" → {report}")}");
return result.Findings.Count == 0 ? 0 : 1;

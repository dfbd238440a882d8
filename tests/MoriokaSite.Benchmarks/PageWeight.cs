using System.IO.Compression;
using System.Text.RegularExpressions;
using MoriokaSite.Config;
using MoriokaSite.Pipeline;

namespace MoriokaSite.Benchmarks;

/// <summary>What a visitor downloads per page of the live site: its HTML and the stylesheets and scripts it asks for, gzip'ed.</summary>
internal static class PageWeight
{
    private static readonly string[] Pages = ["", "fields/tourism/", "fields/education-culture-sports/", "towns/", "towns/morioka/", "towns/shizukuishi/", "projects/p057/", "projects/", "agreement/", "search/"];

    public static async Task<int> RunAsync(string root)
    {
        var output = Path.Combine(Path.GetTempPath(), "moriokasite-weight-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions(root, output, BaseUrl.Parse("/")));
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(string.Join('\n', result.Diagnostics));
                return 1;
            }

            Console.WriteLine($"page                                  HTML gz   CSS gz   JS gz   total gz (KB)");
            foreach (var path in Pages.Where(p => File.Exists(Path.Combine(output, p, "index.html"))))
            {
                var file = Path.Combine(output, path, "index.html");
                var text = await File.ReadAllTextAsync(file);
                var html = Gzip(file);
                var css = Assets(output, text, "<link rel=\"stylesheet\" href=\"[^\"]*/assets/([^\"]+\\.css)\"");
                var js = Assets(output, text, "<script src=\"[^\"]*/assets/([^\"]+\\.js)\"");
                Console.WriteLine($"/{path,-36} {html / 1024.0,7:0.0}  {css / 1024.0,7:0.0}  {js / 1024.0,6:0.0}  {(html + css + js) / 1024.0,9:0.0}");
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

    // What a page asks for: its own stylesheets and scripts (search.js only on the search page), each once.
    private static long Assets(string output, string html, string pattern) => Regex.Matches(html, pattern)
        .Select(m => Path.GetFileName(m.Groups[1].Value)).Distinct(StringComparer.Ordinal)
        .Sum(name => Gzip(Path.Combine(output, "assets", name)));

    private static long Gzip(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(file));
        }

        return buffer.Length;
    }
}

using System.Diagnostics;

namespace MoriokaSite.BrowserTests;

/// <summary>The Nu Html Checker (vnu.jar, run with Java) over every HTML file of the site: zero errors.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
    private static string VnuJar()
    {
        var jar = Path.Combine(Repository.Root, "tests/MoriokaSite.BrowserTests/node_modules/vnu-jar/build/dist/vnu.jar");
        return File.Exists(jar) ? jar : throw new InvalidOperationException(
            "vnu.jar was not found. Run `npm ci` in tests/MoriokaSite.BrowserTests (the README's test command, bash tests/run.sh, does it).");
    }

    [Fact]
    public async Task Every_page_is_valid_html()
    {
        var files = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", VnuJar(), "--errors-only", "--format", "gnu" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Java is needed: `sudo apt-get install -y default-jre-headless`.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(files.Count >= 145, $"only {files.Count} files");
        Assert.True(process.ExitCode == 0 && errors.Trim().Length == 0, errors.Replace(site.Output, string.Empty) + await output);
    }
}

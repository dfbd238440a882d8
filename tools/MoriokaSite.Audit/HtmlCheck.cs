using System.Diagnostics;
using System.Text.Json;

namespace MoriokaSite.Audit;

/// <summary>The Nu Html Checker (npm's vnu-jar beside this tool, run with Java) over the pages, in one Java process.</summary>
public static class HtmlCheck
{
    public const string Id = "html";

    /// <summary>tools/MoriokaSite.Audit/node_modules/vnu-jar, found from where the tool runs.</summary>
    public static string Folder { get; } = FindFolder();

    public static string Tool => $"Nu Html Checker (vnu-jar {JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json"))).RootElement.GetProperty("version").GetString()})";

    /// <summary>One finding per error line, with the page it is on.</summary>
    public static async Task<IReadOnlyList<Finding>> CheckAsync(SiteFolder site, IReadOnlyList<string> pages)
    {
        var errors = await ErrorsAsync(pages.Select(site.FileOf));
        return errors.Select(line => new Finding(Id, PageOf(site, line, pages), line.Replace(site.Folder + "/", string.Empty, StringComparison.Ordinal))).ToList();
    }

    /// <summary>The checker's error lines for the files (empty when all are valid).</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IEnumerable<string> files)
    {
        var jar = Path.Combine(Folder, "build/dist/vnu.jar");
        if (!File.Exists(jar))
        {
            throw new InvalidOperationException("vnu.jar was not found. Run `npm ci` in tools/MoriokaSite.Audit (bash tools/publish-check.sh and bash tests/run.sh do it).");
        }

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "gnu" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Java is needed: `sudo apt-get install -y default-jre-headless`.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = (errors + await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (process.ExitCode != 0 && lines.Count == 0)
        {
            lines.Add($"vnu exited with {process.ExitCode}");
        }

        return lines;
    }

    private static string PageOf(SiteFolder site, string line, IReadOnlyList<string> pages) =>
        pages.FirstOrDefault(p => line.Contains(site.FileOf(p), StringComparison.Ordinal)) ?? string.Empty;

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tools", "MoriokaSite.Audit", "node_modules", "vnu-jar");
            if (Directory.Exists(Path.Combine(dir.FullName, "tools", "MoriokaSite.Audit")))
            {
                return candidate;
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "tools", "MoriokaSite.Audit", "node_modules", "vnu-jar");
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace MoriokaSite.BrowserTests;

/// <summary>The Nu Html Checker, installed by npm (vnu-jar) beside these tests and run with Java.</summary>
public static class Vnu
{
    public static string Folder => Path.Combine(Repository.Root, "tests/MoriokaSite.BrowserTests/node_modules/vnu-jar");

    public static string Version => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "package.json"))).RootElement.GetProperty("version").GetString()!;

    /// <summary>Checks the files in one Java process; returns the error lines (empty when all are valid).</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IEnumerable<string> files)
    {
        var jar = Path.Combine(Folder, "build/dist/vnu.jar");
        if (!File.Exists(jar))
        {
            throw new InvalidOperationException("vnu.jar was not found. Run `npm ci` in tests/MoriokaSite.BrowserTests (the README's test command, bash tests/run.sh, does it).");
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
}

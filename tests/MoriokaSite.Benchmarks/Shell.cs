using System.Diagnostics;

namespace MoriokaSite.Benchmarks;

/// <summary>The other programs a benchmark runs: the generator, Hugo, Pagefind, npm.</summary>
internal static class Shell
{
    /// <summary>Runs a program to its end; its output goes to the console. A failure stops the benchmark.</summary>
    public static void Run(string command, IEnumerable<string> args, string cwd)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = cwd };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} exited {process.ExitCode}");
        }
    }

    /// <summary>What a program prints, such as its version.</summary>
    public static string Capture(string command, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}

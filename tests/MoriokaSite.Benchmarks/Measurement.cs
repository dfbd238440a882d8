using System.Diagnostics;
using System.Globalization;

namespace MoriokaSite.Benchmarks;

/// <summary>
/// One timed run of a command as a separate process: wall time, peak memory (the largest resident set) and the CPU
/// time it used (user + system), from GNU time; and what it printed. On a busy machine the CPU time is the steadier figure.
/// </summary>
public sealed record Measurement(double Seconds, long PeakKilobytes, double CpuSeconds = 0, string Output = "")
{
    public const string GnuTime = "/usr/bin/time";

    public static Measurement Run(string command, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(GnuTime) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var argument in new[] { "-f", "@@%e %M %U %S", command }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed ({process.ExitCode}):\n{output.Result}\n{error}");
        }

        var figures = error.Split('\n').Last(l => l.StartsWith("@@", StringComparison.Ordinal))[2..].Split(' ');
        double Number(int i) => double.Parse(figures[i], CultureInfo.InvariantCulture);
        return new Measurement(Number(0), long.Parse(figures[1], CultureInfo.InvariantCulture), Number(2) + Number(3), output.Result);
    }

    /// <summary>The run with the median wall time of several, so one slow start does not decide the figure.</summary>
    public static Measurement Median(int runs, Func<Measurement> run, Action? before = null)
    {
        var results = new List<Measurement>();
        for (var i = 0; i < runs; i++)
        {
            before?.Invoke();

            // The previous run's output is still being flushed to disk; without this the next run pays for it.
            Process.Start("sync")!.WaitForExit();
            results.Add(run());
        }

        return results.OrderBy(r => r.Seconds).ElementAt(runs / 2);
    }
}

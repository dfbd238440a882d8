using System.Globalization;
using System.Text.RegularExpressions;

namespace MoriokaSite.Benchmarks;

/// <summary>
/// Where a build's time went, from the lines `build --timings` prints ("  render   603.2 ms  (JIT …)"): so that a
/// slower build shows its stage. Revisions name their stages alike; one that a revision lacks shows as "–".
/// </summary>
internal static partial class StageTable
{
    public static List<(string Stage, double Milliseconds)> Parse(string output) =>
        StageLine().Matches(output).Select(m => (m.Groups[1].Value.Trim().Replace("compile templates", "templates", StringComparison.Ordinal), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();

    /// <summary>One line per build: the stages in ms, then the wall and CPU time of the whole process.</summary>
    public static void Print(IReadOnlyList<(string Build, Measurement Run)> builds)
    {
        var parsed = builds.Select(b => (b.Build, b.Run, Stages: Parse(b.Run.Output))).ToList();
        var stages = parsed.SelectMany(p => p.Stages.Select(s => s.Stage)).Distinct().ToList();
        string Cell(string text) => text.Length > 9 ? text[..9] : text;
        Console.WriteLine($"{"build",-24} | {string.Join(" ", stages.Select(s => $"{Cell(s),9}"))} | {"wall s",6} {"cpu s",6}");
        foreach (var (build, run, figures) in parsed)
        {
            var cells = stages.Select(s => figures.FirstOrDefault(f => f.Stage == s) is { Stage: not null } f ? f.Milliseconds.ToString("0", CultureInfo.InvariantCulture) : "–");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{build,-24} | {string.Join(" ", cells.Select(c => $"{c,9}"))} | {run.Seconds,6:0.00} {run.CpuSeconds,6:0.00}"));
        }
    }

    [GeneratedRegex(@"^  (\S[^\n]*?)\s+(\d+(?:\.\d+)?) ms", RegexOptions.Multiline)]
    private static partial Regex StageLine();
}

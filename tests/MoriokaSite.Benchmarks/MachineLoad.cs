using System.Globalization;

namespace MoriokaSite.Benchmarks;

/// <summary>The machine's load average (1, 5 and 15 minutes): figures taken while other work runs are not comparable.</summary>
internal static class MachineLoad
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static double OneMinute() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;
}

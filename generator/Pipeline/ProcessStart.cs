using System.Diagnostics;

namespace MoriokaSite.Pipeline;

/// <summary>How long ago the operating system started this process: the runtime's own start-up is part of a cold build.</summary>
public static class ProcessStart
{
    public static TimeSpan Elapsed()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }
}

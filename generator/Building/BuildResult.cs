using MoriokaSite.Diagnostics;

namespace MoriokaSite.Building;

/// <summary>The outcome of a build or check: its diagnostics, what it wrote, and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, StageTimings Timings)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

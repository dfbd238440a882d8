using MoriokaSite.Diagnostics;

namespace MoriokaSite.Building;

/// <summary>The outcome of a build or check: its diagnostics and, when it wrote, what it wrote.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

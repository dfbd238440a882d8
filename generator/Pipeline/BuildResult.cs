using MoriokaSite.Diagnostics;
using MoriokaSite.Output;

namespace MoriokaSite.Pipeline;

/// <summary>The outcome of a build or check: its diagnostics, what it wrote, and how long each stage took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, StageTimings Timings)
{
    /// <summary>What went wrong with the output folder, if anything; see <see cref="OutputProblem.SiteWritten"/>.</summary>
    public OutputProblem? Output { get; init; }

    /// <summary>The base URL named no host, so the sitemap, og:url and og:image were left out (see <see cref="Site.Routes.HasOrigin"/>).</summary>
    public bool WithoutHost { get; init; }

    /// <summary>The site is in no git repository (or its projects were never committed): the pages show no history.</summary>
    public bool WithoutHistory { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error) && (Output is null || Output.SiteWritten);
}

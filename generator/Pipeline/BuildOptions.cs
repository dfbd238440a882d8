using MoriokaSite.Config;
using MoriokaSite.Output;

namespace MoriokaSite.Pipeline;

/// <summary>What a build is asked to do: where the site's files are, where to write, for which URL.</summary>
/// <param name="BaseUrl">Where the site is published; null for site.json's baseUrl.</param>
/// <param name="Parallel">Render and write on every core; false gives the same bytes, one page at a time.</param>
/// <param name="TemplateCache">Where compiled templates are kept between runs; null for the user's cache folder.</param>
/// <param name="Disk">Where the output is written; null for the real disk (tests give one that fails).</param>
/// <param name="HistoryCache">Where what the repository's history gives is kept between runs; null for the user's cache folder.</param>
/// <param name="AccessibilityReport">The audit's results for /accessibility/ (build's --accessibility-report), or null.</param>
/// <param name="RemoveOldLater">Remove the previous output after the build returns (serve: the new site is served sooner).</param>
public sealed record BuildOptions(string Root, string OutputFolder, BaseUrl? BaseUrl, bool WriteOutput = true, bool Parallel = true, string? TemplateCache = null, OutputDisk? Disk = null, string? AccessibilityReport = null, string? HistoryCache = null, bool RemoveOldLater = false)
{
    /// <summary>Where what each version of data/projects.csv gives is kept between builds: $MORIOKASITE_HISTORY_CACHE, else ~/.cache/moriokasite/history.</summary>
    public string HistoryCacheFolder => HistoryCache ?? Environment.GetEnvironmentVariable("MORIOKASITE_HISTORY_CACHE") ?? Path.Combine(UserCache, "history");

    /// <summary>$MORIOKASITE_TEMPLATE_CACHE, else the user's cache folder (~/.cache/moriokasite/templates).</summary>
    public string TemplateCacheFolder => TemplateCache
        ?? Environment.GetEnvironmentVariable("MORIOKASITE_TEMPLATE_CACHE")
        ?? Path.Combine(UserCache, "templates");

    private static string UserCache => Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "moriokasite");
}

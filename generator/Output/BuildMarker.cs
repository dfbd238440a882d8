namespace MoriokaSite.Output;

/// <summary>
/// The file every build leaves in its output: the proof that a folder is a previous build, and so the
/// only kind of non-empty folder a build may replace. Without it, `--output .` would replace the
/// repository. The name starts with a dot so that GitHub Pages' own tools and the site's sitemap pass
/// it by; if it is published anyway it says nothing more than what made the site.
/// </summary>
public static class BuildMarker
{
    public const string FileName = ".moriokasite-build";

    public static readonly byte[] Content = "This folder was written by the MoriokaSite generator. The next build replaces it whole.\n"u8.ToArray();

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));
}

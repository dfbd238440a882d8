using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>
/// The one way the generator opens the site's input files: only where they really are inside the
/// site's folder. A symbolic link is followed only when it, and every linked folder above it, leads to
/// a place inside: a link out of the site would otherwise publish whatever the build can read
/// (/etc/passwd, or the build's environment and its secrets in /proc/self/environ).
/// </summary>
public static class InsideSite
{
    /// <summary>The bytes of a file of the site, or null with a diagnostic.</summary>
    /// <param name="whenMissing">What to report when there is no file at all; null to report nothing.</param>
    public static byte[]? ReadBytes(string root, string relativePath, DiagnosticBag diagnostics, Problem? whenMissing)
    {
        var path = Locate(root, relativePath, diagnostics, whenMissing);
        if (path is null)
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(relativePath), Problems.FileNotOpened(e.Message));
            return null;
        }
    }

    /// <summary>The real path of a file of the site, or null: missing, or a link that leads out or nowhere (reported).</summary>
    public static string? Locate(string root, string relativePath, DiagnosticBag diagnostics, Problem? whenMissing)
    {
        var site = SiteFolder(root);
        var written = Path.Join(site, relativePath);
        var real = RealPath.Of(written);
        var at = SourceLocation.StartOf(relativePath);
        if (real is null)
        {
            diagnostics.Error(at, Problems.LinkBroken(written));
            return null;
        }

        if (!RealPath.IsInside(real, site))
        {
            diagnostics.Error(at, Problems.LinkOutsideSite(real));
            return null;
        }

        if (File.Exists(real))
        {
            return real;
        }

        if (real != written && !Directory.Exists(real))
        {
            diagnostics.Error(at, Problems.LinkBroken(real));
        }
        else if (whenMissing is not null)
        {
            diagnostics.Error(at, whenMissing);
        }

        return null;
    }

    /// <summary>
    /// The files under a folder of the site whose names end in <paramref name="suffix"/>, as paths from the
    /// root with forward slashes, in ordinal order. A linked folder that leads out is reported and not entered;
    /// each file is still to be opened through <see cref="ReadBytes"/>, which checks its own links.
    /// </summary>
    /// <param name="except">Folders not to enter (as paths from the root): another part of the site reads them.</param>
    public static IReadOnlyList<string> Files(string root, string relativeFolder, string suffix, bool recursive, DiagnosticBag diagnostics, IReadOnlyList<string>? except = null)
    {
        var site = SiteFolder(root);
        var found = new List<string>();
        var entered = new HashSet<string>(StringComparer.Ordinal);
        Walk(relativeFolder);
        found.Sort(StringComparer.Ordinal);
        return found;

        void Walk(string folder)
        {
            var real = RealPath.Of(Path.Join(site, folder));
            if (real is null || !RealPath.IsInside(real, site))
            {
                diagnostics.Error(SourceLocation.StartOf(folder), real is null ? Problems.LinkBroken(Path.Join(site, folder)) : Problems.LinkOutsideSite(real));
                return;
            }

            // A link to a folder above it would otherwise be walked for ever.
            if (!Directory.Exists(real) || !entered.Add(real))
            {
                return;
            }

            foreach (var entry in new DirectoryInfo(real).EnumerateFileSystemInfos())
            {
                var relative = $"{folder}/{entry.Name}";
                if (entry is DirectoryInfo)
                {
                    if (recursive && except?.Contains(relative, StringComparer.Ordinal) != true)
                    {
                        Walk(relative);
                    }
                }
                else if (entry.Name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    found.Add(relative);
                }
            }
        }
    }

    private static string SiteFolder(string root) => RealPath.Of(root) ?? Path.GetFullPath(root);
}

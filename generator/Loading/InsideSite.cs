using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>
/// The one way the generator opens the site's input files: only where they really are inside the
/// site's folder. A symbolic link is followed only when it, and every linked folder above it, leads to
/// a place inside: a link out of the site would otherwise publish whatever the build can read
/// (/etc/passwd, or the build's environment and its secrets in /proc/self/environ). Only ordinary files
/// are opened (<see cref="PathKind"/>), and a folder that cannot be read is reported once, for itself,
/// rather than as each file inside it missing.
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

    /// <summary>
    /// The real path of an ordinary file of the site, or null: missing, under a folder that cannot be read,
    /// not an ordinary file, or a link that leads out or nowhere (all but the first reported).
    /// </summary>
    public static string? Locate(string root, string relativePath, DiagnosticBag diagnostics, Problem? whenMissing)
    {
        var site = SiteFolder(root);
        var written = Path.Join(site, relativePath);
        var real = RealPath.Of(written);
        var at = SourceLocation.StartOf(relativePath);
        if (real is null)
        {
            diagnostics.Error(at, Problems.LinkLoop());
            return null;
        }

        if (!RealPath.IsInside(real, site))
        {
            diagnostics.Error(at, Problems.LinkOutsideSite(real));
            return null;
        }

        var kind = PathKind.Of(real);
        if (kind == FileKind.Ordinary)
        {
            return real;
        }

        if (kind is not (FileKind.Missing or FileKind.Folder))
        {
            diagnostics.Error(at, Problems.NotAFile(PathKind.Describe(kind)));
        }
        else if (!CanReadFoldersDownTo(site, real, diagnostics))
        {
            // Reported for the folder, once: the files inside it are not missing, only out of reach.
        }
        else if (real != written && !Directory.Exists(real))
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
    /// True when each folder of the site on the way to <paramref name="relativeFolder"/>, and that folder
    /// itself, can be read; else false after reporting the first that cannot, once.
    /// </summary>
    public static bool CanRead(string root, string relativeFolder, DiagnosticBag diagnostics)
    {
        var site = SiteFolder(root);
        var real = RealPath.Of(Path.Join(site, relativeFolder));
        return real is null || !RealPath.IsInside(real, site) || CanReadFoldersDownTo(site, Path.Join(real, "."), diagnostics);
    }

    /// <summary>
    /// The files under a folder of the site whose names end in <paramref name="suffix"/>, as paths from the
    /// root with forward slashes, in ordinal order. A linked folder that leads out is reported and not entered,
    /// a folder that cannot be read is reported, and anything that is not an ordinary file or a folder (a named
    /// pipe, a socket) is skipped with a warning; each file is still to be opened through <see cref="ReadBytes"/>,
    /// which checks its own links.
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
                diagnostics.Error(SourceLocation.StartOf(folder), real is null ? Problems.LinkLoop() : Problems.LinkOutsideSite(real));
                return;
            }

            // A link to a folder above it would otherwise be walked for ever.
            if (!Directory.Exists(real) || !entered.Add(real))
            {
                CanReadFoldersDownTo(site, Path.Join(real, "."), diagnostics);
                return;
            }

            if (Entries(site, real, diagnostics) is not { } entries)
            {
                return;
            }

            foreach (var entry in entries)
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
                    var kind = PathKind.Of(entry.FullName);
                    if (kind is FileKind.Pipe or FileKind.Socket or FileKind.Device)
                    {
                        diagnostics.Warning(SourceLocation.StartOf(relative), Problems.NotAFileSkipped(PathKind.Describe(kind)));
                    }
                    else
                    {
                        found.Add(relative);
                    }
                }
            }
        }
    }

    /// <summary>A folder's entries, or null after reporting that it cannot be read.</summary>
    private static List<FileSystemInfo>? Entries(string site, string folder, DiagnosticBag diagnostics)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(Relative(site, folder)), Problems.FolderNotOpened(e.Message));
            return null;
        }
    }

    /// <summary>
    /// Whether every folder from the site's down to the one holding <paramref name="path"/> can be read; the
    /// first that cannot is reported. A folder that does not exist ends the walk: what is missing is missing.
    /// </summary>
    private static bool CanReadFoldersDownTo(string site, string path, DiagnosticBag diagnostics)
    {
        var folders = new List<string>();
        for (var folder = Path.GetDirectoryName(path); folder is not null && RealPath.IsInside(folder, site); folder = Path.GetDirectoryName(folder))
        {
            folders.Add(folder);
            if (folder == site)
            {
                break;
            }
        }

        foreach (var folder in Enumerable.Reverse(folders))
        {
            if (!Directory.Exists(folder))
            {
                return true;
            }

            try
            {
                using var entries = Directory.EnumerateFileSystemEntries(folder).GetEnumerator();
                entries.MoveNext();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(SourceLocation.StartOf(Relative(site, folder)), Problems.FolderNotOpened(e.Message));
                return false;
            }
        }

        return true;
    }

    private static string Relative(string site, string folder) => Path.GetRelativePath(site, folder).Replace(Path.DirectorySeparatorChar, '/');

    private static string SiteFolder(string root) => RealPath.Of(root) ?? Path.GetFullPath(root);
}

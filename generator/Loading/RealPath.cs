namespace MoriokaSite.Loading;

/// <summary>
/// Where a path really leads once every symbolic link on it is followed, linked parent folders
/// included: what decides whether a file is inside the site, and which folder a build would replace.
/// </summary>
public static class RealPath
{
    // Linux gives up after 40 links (ELOOP); so does this, so that a loop of links ends.
    private const int MaxLinks = 40;

    private static readonly char[] Separators = ['/', Path.DirectorySeparatorChar];

    /// <summary>
    /// The path with no link left in it, or null when its links loop. Parts that do not exist are
    /// kept as written. ".." inside a link's target goes up from where the link really leads, as the
    /// operating system does, so a link cannot climb out of the site by naming a linked folder first.
    /// </summary>
    public static string? Of(string path)
    {
        var links = 0;
        var full = Path.GetFullPath(path);
        return Resolve(Path.GetPathRoot(full)!, full, ref links);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or anywhere below it; both real paths.</summary>
    public static bool IsInside(string path, string folder)
    {
        var trimmed = folder.TrimEnd(Separators);
        return path == trimmed || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal) || trimmed.Length == 0;
    }

    private static string? Resolve(string from, string path, ref int links)
    {
        var current = from;
        if (Path.IsPathRooted(path))
        {
            current = Path.GetPathRoot(path)!;
            path = path[current.Length..];
        }

        foreach (var part in path.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            if (LinkTarget(next) is { } target)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                var resolved = Resolve(current, target, ref links);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // Not a link, or a place that cannot be looked at: what follows will fail to open and say so.
        }
    }
}

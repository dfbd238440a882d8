using System.Globalization;
using System.Text;
using MoriokaSite.Loading;

namespace MoriokaSite.History;

/// <summary>
/// The loading stage of the history: every version of data/projects.csv that the branch published (its first
/// parents: a merge is when a change reached the site), with its commit's date and the tag it was published under.
/// Each version is read with the loader's own CSV code, so what counts as a row and a cell is what the site reads.
/// git is run four times whatever the length of the history; what a version gives is kept in a cache by the
/// file's object id, so that a build reads only the versions it has not read before.
/// </summary>
public static class HistoryReader
{
    public static HistorySource Read(string root, string cacheFolder)
    {
        // One call tells whether this is a repository, whether it is shallow, and where the site is inside it.
        var lines = GitProcess.Text(root, "rev-parse", "--is-shallow-repository", "--show-prefix")?.Split('\n');
        if (lines is null || lines.Length < 2)
        {
            return HistorySource.None(HistoryAvailability.NoRepository);
        }

        if (lines[0] == "true")
        {
            return HistorySource.None(HistoryAvailability.Shallow);
        }

        var commits = Commits(root);
        if (commits.Count == 0)
        {
            return HistorySource.None(HistoryAvailability.NotCommitted);
        }

        var publications = PublicationTags(root);
        var blobs = BlobIds(root, lines[1] + SiteLoader.ProjectsPath, commits.Select(c => c.Commit).ToList());
        var cache = new SnapshotCache(cacheFolder);
        var rows = RowsOf(root, blobs.Values.Distinct(StringComparer.Ordinal).ToList(), cache);
        var versions = commits
            .Select(c => new ProjectsVersion(c.Commit, c.Date, publications.GetValueOrDefault(c.Commit), blobs.TryGetValue(c.Commit, out var blob) ? rows.GetValueOrDefault(blob) : null))
            .Reverse()
            .ToList();
        return new HistorySource(HistoryAvailability.Known, versions);
    }

    /// <summary>The commits that changed the file, newest first, each with its committer's date.</summary>
    private static List<(string Commit, DateOnly Date)> Commits(string root)
    {
        var log = GitProcess.Text(root, "log", "--first-parent", "--format=%H%x09%cI", "--", SiteLoader.ProjectsPath) ?? string.Empty;
        return log.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2 && parts[1].Length >= 10)
            .Select(parts => (parts[0], DateOnly.ParseExact(parts[1][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>
    /// Each commit of the branch with the tag it was published under: the first tag at or after it. Commits after
    /// the last tag are not in the map: each is its own publication.
    /// </summary>
    private static Dictionary<string, string> PublicationTags(string root)
    {
        var byCommit = new Dictionary<string, string>(StringComparer.Ordinal);
        var refs = GitProcess.Text(root, "for-each-ref", "--format=%(objectname)%09%(*objectname)%09%(refname:short)", "refs/tags") ?? string.Empty;
        foreach (var parts in refs.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Where(p => p.Length == 3))
        {
            // An annotated tag names its tag object first and the commit it points at second.
            var commit = parts[1].Length > 0 ? parts[1] : parts[0];
            if (!byCommit.TryGetValue(commit, out var other) || string.CompareOrdinal(parts[2], other) < 0)
            {
                byCommit[commit] = parts[2];
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (byCommit.Count == 0)
        {
            return result;
        }

        string? current = null;
        var branch = GitProcess.Text(root, "rev-list", "--first-parent", "HEAD") ?? string.Empty;
        foreach (var commit in branch.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            current = byCommit.GetValueOrDefault(commit) ?? current;
            if (current is not null)
            {
                result[commit] = current;
            }
        }

        return result;
    }

    /// <summary>The file's object id in each commit, asked in one call.</summary>
    private static Dictionary<string, string> BlobIds(string root, string path, IReadOnlyList<string> commits)
    {
        var input = string.Concat(commits.Select(c => $"{c}:{path}\n"));
        var output = GitProcess.Run(root, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], input);
        var answers = output is null ? [] : Encoding.UTF8.GetString(output).Split('\n');
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < commits.Count && i < answers.Length; i++)
        {
            var parts = answers[i].Split(' ');
            if (parts is [var id, "blob"])
            {
                result[commits[i]] = id;
            }
        }

        return result;
    }

    /// <summary>The rows of each version: from the cache, or read from git in one call and then cached.</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, RowSnapshot>?> RowsOf(string root, IReadOnlyList<string> blobs, SnapshotCache cache)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, RowSnapshot>?>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var blob in blobs)
        {
            if (cache.TryRead(blob, out var rows))
            {
                result[blob] = rows;
            }
            else
            {
                missing.Add(blob);
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var output = GitProcess.Run(root, ["cat-file", "--batch"], string.Concat(missing.Select(b => b + "\n")));
        foreach (var (blob, bytes) in BatchContents(output ?? []))
        {
            var rows = VersionRows.Read(bytes);
            cache.Write(blob, rows);
            result[blob] = rows;
        }

        return result;
    }

    /// <summary>git cat-file --batch's answer: for each object a line "id type size", its bytes, and a line end.</summary>
    private static IEnumerable<(string Blob, byte[] Bytes)> BatchContents(byte[] output)
    {
        var at = 0;
        while (at < output.Length)
        {
            var end = Array.IndexOf(output, (byte)'\n', at);
            if (end < 0)
            {
                yield break;
            }

            var header = Encoding.ASCII.GetString(output, at, end - at).Split(' ');
            at = end + 1;
            if (header.Length != 3 || !int.TryParse(header[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                continue; // "id missing": an object a partial clone lacks; its version stays unread.
            }

            yield return (header[0], output[at..(at + size)]);
            at += size + 1;
        }
    }
}

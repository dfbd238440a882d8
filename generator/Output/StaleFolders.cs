using System.Text.RegularExpressions;

namespace MoriokaSite.Output;

/// <summary>
/// What a build killed halfway (kill -9, a power cut) leaves beside its output: its staging folder
/// <c>.NAME.staging-GUID</c>, or the previous site set aside as <c>.NAME.staging-GUID.old</c>. The next
/// build removes them, and nothing else: only names of exactly that form, and only when the folder is
/// provably a build's — it carries the <see cref="BuildMarker"/>, which a build writes into its staging
/// folder before anything else, or it is empty. A folder of that name without it is someone's, and stays.
/// Links are never followed into.
/// </summary>
public static partial class StaleFolders
{
    public static string StagingFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");

    /// <summary>Removes what earlier builds of <paramref name="output"/> left; what cannot be removed stays, to be tried next time.</summary>
    public static void Remove(string output, OutputDisk disk)
    {
        var parent = Path.GetDirectoryName(output)!;
        var prefix = $".{Path.GetFileName(output)}.staging-";
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories(prefix + "*"))
        {
            var suffix = folder.Name[prefix.Length..];
            var named = StagingSuffix().IsMatch(suffix) || SetAside().IsMatch(suffix);
            if (named && folder.LinkTarget is null && IsABuild(folder))
            {
                try
                {
                    disk.DeleteFolder(folder.FullName);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left over for the next build to try again; it does not stop this one.
                }
            }
        }
    }

    private static bool IsABuild(DirectoryInfo folder)
    {
        try
        {
            return BuildMarker.IsIn(folder.FullName) || !folder.EnumerateFileSystemInfos().Any();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // What cannot be looked into is not known to be ours.
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex StagingSuffix();

    [GeneratedRegex(@"^[0-9a-f]{32}\.old$")]
    private static partial Regex SetAside();
}

using System.Text.RegularExpressions;

namespace MoriokaSite.Output;

/// <summary>
/// What a build killed halfway (kill -9, a power cut) leaves beside its output: its staging folder
/// <c>.NAME.staging-GUID</c>, or the previous site set aside as <c>.NAME.staging-GUID.old</c>. The next
/// build removes them, and nothing else: only names of exactly that form, and a set-aside copy only
/// when it carries the <see cref="BuildMarker"/>. Links are never followed into.
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
            var staging = StagingSuffix().IsMatch(suffix);
            var setAside = SetAside().IsMatch(suffix) && BuildMarker.IsIn(folder.FullName);
            if (folder.LinkTarget is null && (staging || setAside))
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

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex StagingSuffix();

    [GeneratedRegex(@"^[0-9a-f]{32}\.old$")]
    private static partial Regex SetAside();
}

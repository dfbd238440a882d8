using MoriokaSite.Loading;

namespace MoriokaSite.Output;

/// <summary>
/// Whether a folder may be replaced by a build. A build replaces its output whole, so a mistaken
/// --output (".", "..", "content") would delete whatever is there: only a folder that does not exist,
/// an empty one, or one a build wrote (it carries the <see cref="BuildMarker"/>) may be replaced,
/// and never the site's own folders. Paths are compared where they really lead, links followed.
/// </summary>
public static class OutputTarget
{
    private static readonly string[] Sources = ["content", "data", "themes"];

    private const string Git = ".git";

    /// <summary>Null when <paramref name="output"/> may be replaced, else why not.</summary>
    public static OutputProblem? Check(string root, string output)
    {
        var site = RealPath.Of(root) ?? Path.GetFullPath(root);
        var target = Where(output);
        OutputProblem Refused(OutputProblemKind kind) => new(kind, target);

        if (RealPath.IsInside(site, target))
        {
            return Refused(OutputProblemKind.HoldsTheSite);
        }

        // Where the sources really are: content/ may be a link to a folder elsewhere in the repository.
        if (Sources.Any(s => RealPath.IsInside(target, RealPath.Of(Path.Join(site, s)) ?? Path.Join(site, s))))
        {
            return Refused(OutputProblemKind.InsideSources);
        }

        if (target.Split(Path.DirectorySeparatorChar).Contains(Git, StringComparer.Ordinal))
        {
            return Refused(OutputProblemKind.InsideGit);
        }

        if (File.Exists(target))
        {
            return Refused(OutputProblemKind.IsAFile);
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !BuildMarker.IsIn(target))
        {
            return Refused(OutputProblemKind.NotABuild);
        }

        return null;
    }

    /// <summary>The folder a build would really replace: through a link, the folder the link leads to.</summary>
    public static string Where(string output) => RealPath.Of(output) ?? Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
}

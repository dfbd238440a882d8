using System.Collections.Concurrent;
using MoriokaSite.Routing;

namespace MoriokaSite.Output;

/// <summary>
/// The write stage. Everything is written into a staging folder beside the output (<see cref="StagedOutput"/>,
/// page by page as a build renders them), which then replaces the output in two renames: a failure at any
/// point leaves the previous site as it was. Only a folder <see cref="OutputTarget"/> allows is ever replaced, and the operating system's
/// refusals (a full disk, a read-only folder) are reported as values, never thrown.
/// </summary>
public static class SiteWriter
{
    /// <summary>Previous copies still being removed after the new site took their place, by output folder (see <c>removeOldLater</c>).</summary>
    private static readonly ConcurrentDictionary<string, Task> Removing = new(StringComparer.Ordinal);

    /// <summary>
    /// Opens the staging folder a build writes into as it renders; null and the problem when <paramref name="outputFolder"/>
    /// may not be replaced or the disk refuses. Waits first for a previous copy of the folder still being removed.
    /// </summary>
    public static (StagedOutput? Staged, OutputProblem? Problem) Open(string root, string outputFolder, OutputDisk? disk = null)
    {
        if (OutputTarget.Check(root, outputFolder) is { } refused)
        {
            return (null, refused);
        }

        var output = OutputTarget.Where(outputFolder);
        FinishRemoving(output);
        return StagedOutput.Open(output, disk ?? OutputDisk.Real);
    }

    /// <summary>Writes a whole site at once: <see cref="Open"/>, every file, <see cref="StagedOutput.Publish"/>.</summary>
    /// <param name="removeOldLater">
    /// Remove the previous copy after returning, while the new site is already in place: serve's preview shows an
    /// edit that much sooner (removing a site's ~200 files takes as long as writing them). The next write to the
    /// same folder, or <see cref="FinishRemoving"/>, waits for it; what cannot be removed is left to <see cref="StaleFolders"/>.
    /// </param>
    /// <returns>Null when the site was written and nothing is left over; else what went wrong.</returns>
    public static OutputProblem? Write(string root, string outputFolder, IReadOnlyList<RenderedFile> files, OutputDisk? disk = null, bool parallel = true, bool removeOldLater = false)
    {
        var (staged, problem) = Open(root, outputFolder, disk);
        if (staged is null)
        {
            return problem;
        }

        using (staged)
        {
            staged.AddAll(files, parallel);
            return staged.Publish(removeOldLater);
        }
    }

    /// <summary>Waits until the previous copy of <paramref name="outputFolder"/> that a write left to remove later is gone (or left).</summary>
    public static void FinishRemoving(string outputFolder)
    {
        if (Removing.TryRemove(OutputTarget.Where(outputFolder), out var removal))
        {
            removal.Wait();
        }
    }

    /// <summary>The staged site in place of the output, in two renames; the previous copy removed now, or later (serve).</summary>
    internal static OutputProblem? Swap(string staging, string output, OutputDisk disk, bool removeOldLater)
    {
        var old = staging + ".old";
        try
        {
            if (!Directory.Exists(output))
            {
                Directory.Move(staging, output);
                return null;
            }

            Directory.Move(output, old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveQuietly(staging, disk);
            return new OutputProblem(OutputProblemKind.WriteFailed, output, e.Message);
        }

        try
        {
            Directory.Move(staging, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Move(old, output); // Put the previous site back before reporting the failure.
            RemoveQuietly(staging, disk);
            return new OutputProblem(OutputProblemKind.WriteFailed, output, e.Message);
        }

        if (removeOldLater)
        {
            Removing[output] = Task.Run(() => RemoveQuietly(old, disk));
            return null;
        }

        // The new site is in place now, whatever happens to the old copy: say so, rather than that nothing changed.
        try
        {
            disk.DeleteFolder(old);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new OutputProblem(OutputProblemKind.OldCopyLeft, old, e.Message);
        }
    }

    internal static void RemoveQuietly(string folder, OutputDisk disk)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                disk.DeleteFolder(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A staging folder that will not go away now is removed by the next build (StaleFolders).
        }
    }
}

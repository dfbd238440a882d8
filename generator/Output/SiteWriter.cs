using System.Collections.Concurrent;
using MoriokaSite.Routing;

namespace MoriokaSite.Output;

/// <summary>
/// The write stage. Everything is written into a staging folder beside the output, which then
/// replaces the output in two renames: a failure at any point leaves the previous site as it was.
/// Only a folder <see cref="OutputTarget"/> allows is ever replaced, and the operating system's
/// refusals (a full disk, a read-only folder) are reported as values, never thrown.
/// </summary>
public static class SiteWriter
{
    /// <summary>Previous copies still being removed after the new site took their place, by output folder (see <c>removeOldLater</c>).</summary>
    private static readonly ConcurrentDictionary<string, Task> Removing = new(StringComparer.Ordinal);

    /// <param name="removeOldLater">
    /// Remove the previous copy after returning, while the new site is already in place: serve's preview shows an
    /// edit that much sooner (removing a site's ~200 files takes as long as writing them). The next write to the
    /// same folder, or <see cref="FinishRemoving"/>, waits for it; what cannot be removed is left to <see cref="StaleFolders"/>.
    /// </param>
    /// <returns>Null when the site was written and nothing is left over; else what went wrong.</returns>
    public static OutputProblem? Write(string root, string outputFolder, IReadOnlyList<RenderedFile> files, OutputDisk? disk = null, bool parallel = true, bool removeOldLater = false)
    {
        disk ??= OutputDisk.Real;
        if (OutputTarget.Check(root, outputFolder) is { } refused)
        {
            return refused;
        }

        var output = OutputTarget.Where(outputFolder);
        FinishRemoving(output);
        var staging = StaleFolders.StagingFor(output);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            StaleFolders.Remove(output, disk);
            Directory.CreateDirectory(staging);
            disk.WriteFile(Path.Combine(staging, BuildMarker.FileName), BuildMarker.Content);
            WriteAll(staging, files, disk, parallel);
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            RemoveQuietly(staging, disk);
            return new OutputProblem(OutputProblemKind.WriteFailed, output, Unwrap(e).Message);
        }

        return Swap(staging, output, disk, removeOldLater);
    }

    /// <summary>Waits until the previous copy of <paramref name="outputFolder"/> that a write left to remove later is gone (or left).</summary>
    public static void FinishRemoving(string outputFolder)
    {
        if (Removing.TryRemove(OutputTarget.Where(outputFolder), out var removal))
        {
            removal.Wait();
        }
    }

    private static void WriteAll(string staging, IReadOnlyList<RenderedFile> files, OutputDisk disk, bool parallel)
    {
        // Folders first, then the files: each file is written once, on as many cores as there are.
        foreach (var folder in files.Select(f => Path.GetDirectoryName(PathIn(staging, f.Path))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 }, file => disk.WriteFile(PathIn(staging, file.Path), file.Content));
    }

    private static string PathIn(string root, string relativePath) => Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static OutputProblem? Swap(string staging, string output, OutputDisk disk, bool removeOldLater)
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

    private static void RemoveQuietly(string folder, OutputDisk disk)
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

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[0] : e;
}

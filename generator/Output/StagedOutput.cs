using System.Collections.Concurrent;
using System.Security.Cryptography;
using MoriokaSite.Routing;

namespace MoriokaSite.Output;

/// <summary>
/// The output of one build while it is being made: each file goes into the staging folder the moment it is ready,
/// so a build holds no more of its pages in memory than the ones being rendered (a site of 100,000 projects is
/// gigabytes of HTML). Only each file's path and hash are kept, for the <see cref="SiteFingerprint"/>. Nothing
/// reaches the output folder until <see cref="Publish"/>; disposed unpublished, the staging folder is removed and
/// the previous site stays as it was. The disk's refusals are kept as a value: the first one is what
/// <see cref="Publish"/> reports, and later files are not written.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    /// <summary>The size from which a file's making leaves garbage worth collecting at once (see <see cref="Add"/>).</summary>
    private const int LargeFile = 4 << 20;

    /// <summary>The heap, garbage included, from which such garbage is collected at once.</summary>
    private const long LargeHeap = 512L << 20;

    private readonly string? _staging;
    private readonly string _output;
    private readonly OutputDisk _disk;
    private readonly ConcurrentBag<(string Path, string Hash)> _hashes = [];
    private string? _failure;
    private bool _done;

    private StagedOutput(string? staging, string output, OutputDisk disk) => (_staging, _output, _disk) = (staging, output, disk);

    /// <summary>Files that are only hashed, never written: `check`, and a build whose output folder was refused (its pages are still rendered, so that every error is reported in one run).</summary>
    public static StagedOutput Unwritten() => new(null, string.Empty, OutputDisk.Real);

    /// <summary>A staging folder beside <paramref name="output"/>, with the build marker in it; null and the problem when the disk refuses.</summary>
    internal static (StagedOutput? Staged, OutputProblem? Problem) Open(string output, OutputDisk disk)
    {
        var staging = StaleFolders.StagingFor(output);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            StaleFolders.Remove(output, disk);
            Directory.CreateDirectory(staging);
            disk.WriteFile(Path.Combine(staging, BuildMarker.FileName), BuildMarker.Content);
            return (new StagedOutput(staging, output, disk), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            SiteWriter.RemoveQuietly(staging, disk);
            return (null, new OutputProblem(OutputProblemKind.WriteFailed, output, e.Message));
        }
    }

    /// <summary>How many files, and how many pages (.html), were added.</summary>
    public int Files => _hashes.Count;

    public int Pages => _hashes.Count(h => h.Path.EndsWith(".html", StringComparison.Ordinal));

    /// <summary>Writes one file into the staging folder. Safe to call from many threads at once.</summary>
    public void Add(RenderedFile file)
    {
        _hashes.Add((file.Path, Convert.ToHexStringLower(SHA256.HashData(file.Content))));
        if (_staging is null || Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        try
        {
            var path = Path.Combine(_staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _disk.WriteFile(path, file.Content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, e.Message, null);
        }

        if (file.Content.Length >= LargeFile && GC.GetTotalMemory(forceFullCollection: false) >= LargeHeap)
        {
            // A file this large was made through several copies of itself (the template's buffers, the page as a
            // string, with phrase marks, its bytes; a growing stream for the open data), all in the large-object
            // heap, which the collector empties only with the whole heap: on a machine with memory to spare, rarely.
            // At 100,000 projects the pages that list every project are 15-23 MB each and the open data up to 76 MB:
            // collecting after each brought the build's peak from 2.6-2.9 GB to 1.7-1.8 GB, for 8-10 s more CPU time
            // in a build of 40-60 s. A site whose heap stays small (10,000 projects: under 400 MB) never pays for it.
            GC.Collect();
        }
    }

    /// <summary>Writes files on as many cores as there are (one, when <paramref name="parallel"/> is false).</summary>
    public void AddAll(IEnumerable<RenderedFile> files, bool parallel = true) =>
        Parallel.ForEach(files, Cores(parallel), Add);

    /// <summary>
    /// Calls each maker and writes its files, on as many cores as there are, taking one maker at a time so that
    /// no more files are held than are being written.
    /// </summary>
    public void AddMade(IEnumerable<Func<IReadOnlyList<RenderedFile>>> makers, bool parallel = true) =>
        Parallel.ForEach(Partitioner.Create(makers, EnumerablePartitionerOptions.NoBuffering), Cores(parallel), make =>
        {
            foreach (var file in make())
            {
                Add(file);
            }
        });

    private static ParallelOptions Cores(bool parallel) => new() { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };

    /// <summary>The fingerprint of every file added so far but the accessibility page (see <see cref="SiteFingerprint"/>).</summary>
    public string Fingerprint() =>
        SiteFingerprint.OfHashes(_hashes.Where(h => h.Path != SitePaths.Accessibility.OutputFile));

    /// <summary>Puts the staged site in place of the output (see <see cref="SiteWriter"/>); null when it is in place and nothing is left over.</summary>
    public OutputProblem? Publish(bool removeOldLater = false)
    {
        if (_staging is null || _done)
        {
            throw new InvalidOperationException("Nothing to publish"); // A build publishes once, and only what it staged.
        }

        _done = true;
        if (_failure is not null)
        {
            SiteWriter.RemoveQuietly(_staging, _disk);
            return new OutputProblem(OutputProblemKind.WriteFailed, _output, _failure);
        }

        return SiteWriter.Swap(_staging, _output, _disk, removeOldLater);
    }

    /// <summary>Removes the staging folder of a build that did not publish (a template failed, a check refused it).</summary>
    public void Dispose()
    {
        if (_staging is not null && !_done)
        {
            _done = true;
            SiteWriter.RemoveQuietly(_staging, _disk);
        }
    }
}

using MoriokaSite.Rendering;

namespace MoriokaSite.Output;

/// <summary>
/// The write stage. Everything is written into a staging folder beside the output, which then
/// replaces the output in two renames: a failure at any point leaves the previous site as it was.
/// </summary>
public static class SiteWriter
{
    public static void Write(string outputFolder, IReadOnlyList<RenderedFile> files, IReadOnlyList<(string Source, string Target)> copies, bool parallel = true)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException($"出力先にできないフォルダーです: {output}");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        try
        {
            // Folders first, then the files: each file is written once, on as many cores as there are.
            foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 }, file => WriteFile(staging, file.Path, file.Content));

            foreach (var (source, target) in copies)
            {
                WriteFile(staging, target, File.ReadAllBytes(source));
            }

            Swap(staging, output);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void WriteFile(string root, string relativePath, byte[] content)
    {
        var path = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private static void Swap(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var old = staging + ".old";
        Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output); // Put the previous site back before reporting the failure.
            throw;
        }

        Directory.Delete(old, recursive: true);
    }
}

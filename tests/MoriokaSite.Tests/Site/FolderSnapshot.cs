namespace MoriokaSite.Tests.Site;

/// <summary>Every file under a folder, hidden ones included, with its bytes: to see that a refused build touched nothing.</summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName);
            files[relative] = entry.LinkTarget is { } target ? "link to " + target
                : entry is DirectoryInfo ? "folder"
                : Convert.ToBase64String(File.ReadAllBytes(entry.FullName));
        }

        return files;
    }

    /// <summary>Copies a folder's files, hidden ones included, to a new place.</summary>
    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

namespace MoriokaSite.Output;

/// <summary>
/// The writes and the removal the writer's environment failures come from. The real disk, unless a
/// test replaces one operation with a failure it cannot cause otherwise: a full disk, a read-only
/// folder, a copy that will not go away (tests run as root, whom permissions do not stop).
/// </summary>
public class OutputDisk
{
    public static readonly OutputDisk Real = new();

    public virtual void WriteFile(string path, byte[] content) => File.WriteAllBytes(path, content);

    public virtual void DeleteFolder(string path) => Directory.Delete(path, recursive: true);
}

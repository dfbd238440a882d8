namespace MoriokaSite.Commands.Preview;

/// <summary>
/// Where serve writes the site it serves: a folder of its own, removed when serve stops. Each rebuild
/// writes every file anew and deletes the previous copy, and on a disk mounted with discard (usual on
/// virtual machines) the deleting alone can take a quarter of a second; a RAM disk takes milliseconds.
/// So: TMPDIR when it is set, else Linux's /dev/shm when it has room, else the temporary folder.
/// </summary>
public static class ServeFolder
{
    private const string RamDisk = "/dev/shm";

    // Containers often get a 64 MB /dev/shm: too little for a large site and the copy it replaces.
    private const long Room = 1L << 30;

    public static DirectoryInfo Create()
    {
        var parent = Environment.GetEnvironmentVariable("TMPDIR") is not { Length: > 0 } && RamDiskHasRoom() ? RamDisk : Path.GetTempPath();
        return Directory.CreateDirectory(Path.Combine(parent, $"moriokasite-serve-{Guid.NewGuid():N}"));
    }

    private static bool RamDiskHasRoom()
    {
        try
        {
            return OperatingSystem.IsLinux() && Directory.Exists(RamDisk) && new DriveInfo(RamDisk).AvailableFreeSpace >= Room;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }
}

using System.Runtime.InteropServices;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>
/// What kind of thing a path names, links followed. Only ordinary files are read: opening a named pipe (mkfifo)
/// waits for a writer that never comes, and a device can be endless (/dev/zero). .NET says "a file" for all
/// of them (File.Exists, FileAttributes.Normal, and UnixFileMode holds only the permissions), so the type is
/// asked of stat(2) through the runtime's own native shim, which every .NET on Linux and macOS carries and
/// which gives the same structure on each: the mode is its second 32-bit field, with POSIX's S_IFMT bits.
/// </summary>
public static class PathKind
{
    private const int TypeBits = 0xF000;

    /// <summary>The structure is smaller; the runtime may add fields at its end, never before the mode.</summary>
    private const int StatusSize = 512;

    /// <summary>What <paramref name="path"/> is. On Windows, where there are no named pipes in folders, it is a file or a folder.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(path) ? FileKind.Ordinary : Directory.Exists(path) ? FileKind.Folder : FileKind.Missing;
        }

        var status = new byte[StatusSize];
        int result;
        try
        {
            result = Stat(path, status);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim: no worse than before, when every file was opened.
            return File.Exists(path) ? FileKind.Ordinary : Directory.Exists(path) ? FileKind.Folder : FileKind.Missing;
        }

        if (result != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeBits) switch
        {
            0x8000 => FileKind.Ordinary,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.Pipe,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    public static bool IsOrdinaryFile(string path) => Of(path) == FileKind.Ordinary;

    /// <summary>What a kind that is not an ordinary file is called, for messages.</summary>
    public static Phrase Describe(FileKind kind) => kind switch
    {
        FileKind.Pipe => new Phrase("名前付きパイプ（FIFO）", "a named pipe (FIFO)"),
        FileKind.Socket => new Phrase("ソケット", "a socket"),
        FileKind.Folder => new Phrase("フォルダー", "a folder"),
        _ => new Phrase("デバイス", "a device"),
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}

namespace MoriokaSite.Loading;

/// <summary>What a path names, as <see cref="PathKind.Of"/> finds it; only an <see cref="Ordinary"/> file is ever read.</summary>
public enum FileKind
{
    Missing,
    Ordinary,
    Folder,
    Pipe,
    Socket,
    Device,
}

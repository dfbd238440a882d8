namespace MoriokaSite.Diagnostics;

/// <summary>A place in a source file: path relative to the site root, 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}

namespace MoriokaSite.Diagnostics;

/// <summary>A place in a source file: path relative to the site root, 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>For a CSV cell, where it is in Excel's terms; messages say it, the printed prefix stays line:column.</summary>
    public CellPlace? Cell { get; init; }

    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}

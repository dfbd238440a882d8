using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>A cell's tidied text and where it starts in the file.</summary>
public sealed record CsvCell(string Value, SourceLocation Location)
{
    public bool IsEmpty => Value.Length == 0;
}

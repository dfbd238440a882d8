using MoriokaSite.Model;
using MoriokaSite.Words;

namespace MoriokaSite.Views;

/// <summary>/data/: each dataset, its columns and its licence.</summary>
public sealed record OpenDataView : PageView
{
    public required IReadOnlyList<OpenDataColumns.Column> Columns { get; init; }

    public required IReadOnlyList<Field> Fields { get; init; }

    public required IReadOnlyList<Town> Towns { get; init; }

    public required int ProjectCount { get; init; }

    /// <summary>The number of changes in /data/changes.json; null where the build has no history, and writes no such file.</summary>
    public int? ChangeCount { get; init; }
}

using System.Text.Json;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>
/// data/boundaries.topojson: the national boundary data of the region's prefecture, as the source publishes it
/// (docs/map.md). Optional: without it, the map is drawn as dots at the town offices.
/// </summary>
public static class BoundaryFileLoader
{
    public const string Path = "data/boundaries.topojson";

    /// <summary>Null when the site has no such file, or when it cannot be read (an error, reported).</summary>
    public static IReadOnlyList<TopoJson.Geometry>? Load(string root, DiagnosticBag diagnostics)
    {
        var file = System.IO.Path.Combine(root, Path);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return TopoJson.Read(File.ReadAllText(file));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or ArgumentOutOfRangeException or IOException)
        {
            diagnostics.Error(SourceLocation.StartOf(Path), Problems.BoundaryFileUnreadable(Path, e.Message));
            return null;
        }
    }
}

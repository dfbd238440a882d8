using System.Text.Json;

namespace MoriokaSite.Loading;

/// <summary>
/// A TopoJSON file (https://github.com/topojson/topojson-specification) decoded into plain rings of longitude and
/// latitude. Its shared arcs are delta-encoded, quantized integers (a transform maps them back to degrees); a
/// polygon names its arcs by index, ~i for arc i reversed. No maintained .NET package reads TopoJSON, and the
/// format is small enough that a decoder fits in this file.
/// </summary>
public static class TopoJson
{
    /// <summary>One geometry of the file: its string properties, and its polygons' rings (the first of each the outer one).</summary>
    public sealed record Geometry(IReadOnlyDictionary<string, string> Properties, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings);

    /// <summary>Every Polygon and MultiPolygon of every object of the file; throws <see cref="FormatException"/> on a malformed file.</summary>
    public static IReadOnlyList<Geometry> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("arcs", out var arcsElement) || !root.TryGetProperty("objects", out var objects))
        {
            throw new FormatException("not a TopoJSON topology (no arcs or objects)");
        }

        var arcs = Arcs(arcsElement, root.TryGetProperty("transform", out var transform) ? transform : null);
        var geometries = new List<Geometry>();
        foreach (var obj in objects.EnumerateObject())
        {
            var members = obj.Value.TryGetProperty("geometries", out var list) ? list.EnumerateArray().ToList() : [obj.Value];
            foreach (var geometry in members)
            {
                var type = geometry.TryGetProperty("type", out var t) ? t.GetString() : null;
                var polygons = type switch
                {
                    "Polygon" => [geometry.GetProperty("arcs")],
                    "MultiPolygon" => geometry.GetProperty("arcs").EnumerateArray().ToList(),
                    _ => new List<JsonElement>(),
                };
                var rings = polygons.SelectMany(p => p.EnumerateArray()).Select(r => Ring(r, arcs)).ToList();
                geometries.Add(new Geometry(Properties(geometry), rings));
            }
        }

        return geometries;
    }

    private static List<List<(double, double)>> Arcs(JsonElement arcs, JsonElement? transform)
    {
        var (sx, sy, tx, ty) = (1.0, 1.0, 0.0, 0.0);
        if (transform is { } tr)
        {
            var scale = tr.GetProperty("scale");
            var translate = tr.GetProperty("translate");
            (sx, sy, tx, ty) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        }

        var result = new List<List<(double, double)>>();
        foreach (var arc in arcs.EnumerateArray())
        {
            var points = new List<(double, double)>();
            var (x, y) = (0.0, 0.0);
            foreach (var position in arc.EnumerateArray())
            {
                // Quantized arcs are delta-encoded from the previous point; unquantized ones are plain positions.
                var (px, py) = (position[0].GetDouble(), position[1].GetDouble());
                (x, y) = transform is null ? (px, py) : (x + px, y + py);
                points.Add(transform is null ? (x, y) : ((x * sx) + tx, (y * sy) + ty));
            }

            result.Add(points);
        }

        return result;
    }

    private static List<(double Lon, double Lat)> Ring(JsonElement indexes, List<List<(double, double)>> arcs)
    {
        var ring = new List<(double, double)>();
        foreach (var index in indexes.EnumerateArray().Select(i => i.GetInt32()))
        {
            var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();

            // Each arc starts where the last ended: that shared point is written once.
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }

        return ring;
    }

    private static Dictionary<string, string> Properties(JsonElement geometry)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (geometry.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in p.EnumerateObject().Where(x => x.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number))
            {
                properties[property.Name] = property.Value.ToString();
            }
        }

        return properties;
    }
}

using System.Globalization;
using System.Text;
using MoriokaSite.Model;

namespace MoriokaSite.Charts;

/// <summary>
/// The towns' areas as SVG paths, in the map's own units. The national data is finer than a 360-unit picture can
/// show: each outline is simplified (Douglas–Peucker) to what the picture shows, and written with relative moves
/// of one decimal, so that the boundaries of eight towns weigh a few kilobytes per page.
/// </summary>
internal static class BoundaryPaths
{
    /// <summary>A point nearer than this to the line through its neighbours adds nothing a reader can see.</summary>
    private const double Tolerance = 0.8;

    /// <summary>Each town's outline as a path's "d", in the map's units: the same on every page, so worked out once.</summary>
    public static IReadOnlyList<(TownBoundary Boundary, string D)> Outlines(IReadOnlyList<TownBoundary> boundaries, Func<double, double, (double X, double Y)> projection)
    {
        var outlines = new List<(TownBoundary, string)>(boundaries.Count);
        foreach (var boundary in boundaries)
        {
            var d = new StringBuilder();
            foreach (var ring in boundary.Rings)
            {
                var points = Simplify(ring.Select(p => projection(p.Lon, p.Lat)).ToList());
                if (points.Count < 3)
                {
                    continue;
                }

                Path(d, points);
            }

            outlines.Add((boundary, d.ToString()));
        }

        return outlines;
    }

    public static void Write(StringBuilder svg, IReadOnlyList<(TownBoundary Boundary, string D)> outlines, Town? current)
    {
        foreach (var (boundary, d) in outlines)
        {
            var css = boundary.Town == current ? "area current" : "area";
            svg.Append($"<path d=\"{d}\" class=\"{css}\" data-town=\"{Svg.Text(boundary.Town.Slug)}\"/>");
        }
    }

    private static void Path(StringBuilder d, List<(double X, double Y)> points)
    {
        // Relative moves from rounded points, so the rounding never adds up along the outline.
        var (x, y) = (Round(points[0].X), Round(points[0].Y));
        d.Append(CultureInfo.InvariantCulture, $"M{Svg.Number(x)} {Svg.Number(y)}l");
        var first = true;
        foreach (var point in points.Skip(1))
        {
            var (nx, ny) = (Round(point.X), Round(point.Y));
            if (nx == x && ny == y)
            {
                continue;
            }

            var dx = Svg.Number(nx - x);
            var dy = Svg.Number(ny - y);
            d.Append(first ? string.Empty : " ").Append(dx).Append(dy.StartsWith('-') ? dy : " " + dy);
            first = false;
            (x, y) = (nx, ny);
        }

        d.Append('z');
    }

    private static double Round(double value) => Math.Round(value, 1);

    private static List<(double X, double Y)> Simplify(List<(double X, double Y)> points)
    {
        if (points.Count < 4)
        {
            return points;
        }

        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        var farthest = Enumerable.Range(1, points.Count - 2).MaxBy(i => Distance(points[i], points[0]));
        keep[farthest] = true;
        Mark(points, keep, 0, farthest);
        Mark(points, keep, farthest, points.Count - 1);
        return points.Where((_, i) => keep[i]).ToList();
    }

    private static void Mark(List<(double X, double Y)> points, bool[] keep, int first, int last)
    {
        var stack = new Stack<(int, int)>();
        stack.Push((first, last));
        while (stack.Count > 0)
        {
            var (a, b) = stack.Pop();
            var (index, max) = (-1, Tolerance);
            for (var i = a + 1; i < b; i++)
            {
                var distance = FromLine(points[i], points[a], points[b]);
                if (distance > max)
                {
                    (index, max) = (i, distance);
                }
            }

            if (index >= 0)
            {
                keep[index] = true;
                stack.Push((a, index));
                stack.Push((index, b));
            }
        }
    }

    private static double Distance((double X, double Y) p, (double X, double Y) q) => Math.Sqrt(Math.Pow(p.X - q.X, 2) + Math.Pow(p.Y - q.Y, 2));

    private static double FromLine((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var length = Distance(a, b);
        return length < 1e-9 ? Distance(p, a) : Math.Abs(((b.X - a.X) * (a.Y - p.Y)) - ((a.X - p.X) * (b.Y - a.Y))) / length;
    }
}

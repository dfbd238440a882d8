using MoriokaSite.Model;

namespace MoriokaSite.Charts;

/// <summary>
/// Where the map puts each town's dot and label. The dots are the town offices, projected; the picture grows with
/// the number of towns (a region of 60 needs more room than one of 8). Each label first goes beside its dot, on the
/// side away from the nearest town, as a reader of a small region expects; when two labels would meet, or one would
/// leave the picture, every label is placed again, one by one, at the nearest free place around its dot, with a
/// line back to the dot when it had to go further.
/// </summary>
public sealed class MapLayout
{
    private const double BaseWidth = 360;
    private const double LabelRoom = 84;
    private const double Margin = 28;
    private const double BaseHeight = 300;

    /// <summary>Up to this many towns the picture keeps its size; beyond, it grows with their number.</summary>
    private const int TownsAtBaseSize = 12;

    /// <summary>The label's text sizes, as the theme's style sets them (.town-map .name and .count).</summary>
    private const double NameSize = 15;
    private const double CountSize = 13;

    /// <summary>Distances from a dot's edge at which a label is tried, nearest first.</summary>
    private static readonly double[] Steps = [0, 5, 10, 16, 24, 34, 46, 60, 76, 94, 114, 136, 160];

    /// <summary>Directions a label is tried in, each as a unit step: right, left, above, below, then the diagonals.</summary>
    private static readonly (double X, double Y)[] Directions =
        [(1, 0), (-1, 0), (0, -1), (0, 1), (0.7, -0.7), (-0.7, -0.7), (0.7, 0.7), (-0.7, 0.7)];

    private MapLayout(double width, double height, IReadOnlyList<MapTown> towns) => (Width, Height, Towns) = (width, height, towns);

    public double Width { get; }

    public double Height { get; }

    /// <summary>Where a longitude and latitude fall in the picture: how the towns' boundaries are drawn under the dots.</summary>
    public Func<double, double, (double X, double Y)> Projection { get; private init; } = (_, _) => (0, 0);

    /// <summary>The towns that have a position, in display order.</summary>
    public IReadOnlyList<MapTown> Towns { get; }

    /// <param name="count">Each town's count as its label writes it (107事業).</param>
    public static MapLayout Of(Region region, Func<Town, string> count)
    {
        var scale = Math.Sqrt(Math.Max(1, region.Positions.Count / (double)TownsAtBaseSize));
        var width = BaseWidth * scale;
        var (dots, projection) = Project(region.Positions, region.Boundaries, width, BaseHeight * scale);
        var height = region.Boundaries.Count > 0
            ? region.Boundaries.Max(b => projection(b.West, b.South).Y) + Margin
            : dots.Count == 0 ? Margin * 2 : dots.Max(d => d.Y) + Margin;

        // A label wider than the picture (a name warned of as too long) widens it: it would fit nowhere else.
        width = Math.Max(width, dots.Select(d => BoxOf(d.Town.Name, count(d.Town), 0, 0, "start").Right + 4).DefaultIfEmpty(0).Max());
        var beside = Beside(dots, count);
        if (Clear(beside, count, width, height))
        {
            return new MapLayout(width, height, beside) { Projection = projection };
        }

        var placed = Placed(dots, count, width, height);
        return new MapLayout(placed.Width, placed.Height, placed.Towns) { Projection = projection };
    }

    /// <summary>A label's box: the width of its longer line, the height from the name's top to the count's bottom.</summary>
    /// <param name="ink">The letters alone (a CJK glyph fills about 0.88 em above its baseline, 0.12 below), not the font's whole line, as a browser measures a text.</param>
    public static LabelBox BoxOf(string name, string count, double x, double labelY, string anchor, bool ink = false)
    {
        var width = Math.Max(TextWidth(name, NameSize), TextWidth(count, CountSize));
        var left = anchor switch { "start" => x, "end" => x - width, _ => x - (width / 2) };
        var top = labelY - 2 - ((ink ? 0.88 : 1.2) * NameSize);
        var bottom = labelY + 15 + ((ink ? 0.12 : 0.3) * CountSize);
        return new LabelBox(left, top, left + width, bottom);
    }

    /// <summary>A wide character (kana, kanji, full-width) takes a whole em; anything else, at most 0.62 of one.</summary>
    private static double TextWidth(string text, double size) =>
        text.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? size : 0.62 * size);

    private sealed record Dot(Town Town, double X, double Y)
    {
        public double Radius => Town.IsCentralCity ? 11 : 8;
    }

    /// <summary>
    /// An equirectangular projection, east–west shrunk by the cosine of the middle latitude: over a region a few
    /// tens of kilometres across, that keeps the towns' bearings and distances as a reader knows them.
    /// </summary>
    /// <remarks>With the towns' boundaries, the frame holds the whole areas, not only the offices.</remarks>
    private static (List<Dot> Dots, Func<double, double, (double X, double Y)> Projection) Project(IReadOnlyList<TownPosition> positions, IReadOnlyList<TownBoundary> boundaries, double width, double maxHeight)
    {
        if (positions.Count == 0 && boundaries.Count == 0)
        {
            return ([], (_, _) => (0, 0));
        }

        var north = positions.Select(p => p.Latitude).Concat(boundaries.Select(b => b.North)).Max();
        var south = positions.Select(p => p.Latitude).Concat(boundaries.Select(b => b.South)).Min();
        var west = positions.Select(p => p.Longitude).Concat(boundaries.Select(b => b.West)).Min();
        var east = positions.Select(p => p.Longitude).Concat(boundaries.Select(b => b.East)).Max();
        var shrink = Math.Cos((north + south) / 2 * Math.PI / 180);
        var spanX = Math.Max((east - west) * shrink, 1e-6);
        var spanY = Math.Max(north - south, 1e-6);
        var room = boundaries.Count > 0 ? LabelRoom / 3 : LabelRoom;
        var scale = Math.Min((width - (2 * room)) / spanX, maxHeight / spanY);
        var offsetX = (width - (spanX * scale)) / 2;
        (double X, double Y) Projection(double lon, double lat) => (offsetX + ((lon - west) * shrink * scale), Margin + ((north - lat) * scale));
        return (positions.Select(p =>
        {
            var (x, y) = Projection(p.Longitude, p.Latitude);
            return new Dot(p.Town, x, y);
        }).ToList(), Projection);
    }

    /// <summary>
    /// Each label beside its dot, on the side away from the nearest town, its line moved up or down where two labels
    /// on one side would overlap: the map of a small region, as it has always been drawn.
    /// </summary>
    private static List<MapTown> Beside(List<Dot> dots, Func<Town, string> count)
    {
        const double LabelHeight = 34;
        var right = dots.Select(d => dots.Where(o => o != d).OrderBy(o => Math.Pow(o.X - d.X, 2) + Math.Pow(o.Y - d.Y, 2)).FirstOrDefault() is not { } nearest || nearest.X <= d.X).ToList();
        var ys = dots.Select(d => d.Y).ToArray();
        var order = Enumerable.Range(0, dots.Count).OrderBy(i => dots[i].Y).ThenBy(i => i).ToList();
        for (var a = 0; a < order.Count; a++)
        {
            for (var b = a + 1; b < order.Count; b++)
            {
                var (i, j) = (order[a], order[b]);
                var gap = ys[j] - ys[i];
                if (right[i] == right[j] && Math.Abs(dots[i].X - dots[j].X) < 70 && gap < LabelHeight)
                {
                    var push = (LabelHeight - gap) / 2;
                    ys[i] -= push;
                    ys[j] += push;
                }
            }
        }

        return dots.Select((d, i) => Town(d, count, right[i] ? d.X + 13 : d.X - 13, ys[i], right[i] ? "start" : "end", leader: false)).ToList();
    }

    /// <summary>Whether no label's letters meet another label's or another town's dot, and every label is inside the picture.</summary>
    private static bool Clear(List<MapTown> towns, Func<Town, string> count, double width, double height)
    {
        var boxes = towns.Select(t => BoxOf(t.Town.Name, count(t.Town), t.LabelX, t.LabelY, t.Anchor, ink: true)).ToList();
        for (var i = 0; i < towns.Count; i++)
        {
            if (!boxes[i].IsInside(width, height) || towns.Where((_, j) => j != i).Any(o => boxes[i].Overlaps(o.Dot)) || boxes.Skip(i + 1).Any(b => boxes[i].Overlaps(b)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every label at the nearest free place around its dot, the most crowded towns first: inside the picture, clear
    /// of the other labels and dots by two units. A label that finds no place makes the picture taller, below.
    /// </summary>
    private static MapLayout Placed(List<Dot> dots, Func<Town, string> count, double width, double height)
    {
        const double Gap = 2;
        var dotBoxes = dots.Select(d => new LabelBox(d.X - d.Radius, d.Y - d.Radius, d.X + d.Radius, d.Y + d.Radius)).ToList();
        var crowd = dots.Select(d => dots.Count(o => o != d && Math.Abs(o.X - d.X) < 90 && Math.Abs(o.Y - d.Y) < 60)).ToList();
        var placed = new MapTown?[dots.Count];
        foreach (var i in Enumerable.Range(0, dots.Count).OrderByDescending(i => crowd[i]).ThenBy(i => i))
        {
            var dot = dots[i];
            MapTown? found = null;
            while (found is null)
            {
                found = Candidates(dot, count, width).FirstOrDefault(t =>
                    t.Box.IsInside(width, height)
                    && !dotBoxes.Any(b => t.Box.Overlaps(b, Gap))
                    && !placed.Any(p => p is not null && t.Box.Overlaps(p.Box, Gap)));
                if (found is null)
                {
                    height += 20; // Room below, where the last of the tries, far below the dot, reaches.
                }
            }

            placed[i] = found;
        }

        return new MapLayout(width, height, placed.Select(p => p!).ToList());
    }

    private static IEnumerable<MapTown> Candidates(Dot dot, Func<Town, string> count, double width)
    {
        foreach (var step in Steps)
        {
            foreach (var (dx, dy) in Directions)
            {
                var reach = dot.Radius + 5 + step;
                var anchor = dx > 0.3 ? "start" : dx < -0.3 ? "end" : "middle";
                var x = dot.X + (dx * reach);
                var box = BoxOf(dot.Town.Name, count(dot.Town), x, 0, anchor);
                var labelY = dy > 0.3 ? dot.Y + (dy * reach) - box.Top
                    : dy < -0.3 ? dot.Y + (dy * reach) - box.Bottom
                    : dot.Y + (dy * reach) - ((box.Top + box.Bottom) / 2);
                yield return Town(dot, count, x, labelY, anchor, leader: step > 16);
            }
        }

        // Far below, where a picture grown taller has room: as near under the dot as the picture's sides allow.
        var size = BoxOf(dot.Town.Name, count(dot.Town), 0, 0, "middle");
        var under = Math.Clamp(dot.X, size.Right, width - size.Right);
        for (var below = 180.0; below < 100_000; below += 20)
        {
            yield return Town(dot, count, under, dot.Y + dot.Radius + below - size.Top, "middle", leader: true);
        }
    }

    private static MapTown Town(Dot dot, Func<Town, string> count, double x, double labelY, string anchor, bool leader) =>
        new(dot.Town, dot.X, dot.Y, dot.Radius, x, labelY, anchor, BoxOf(dot.Town.Name, count(dot.Town), x, labelY, anchor), leader);
}

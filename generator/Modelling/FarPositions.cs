using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>
/// Which towns' positions cannot be right, for a region of Japan: a position outside Japan (a sign dropped,
/// latitude and longitude swapped, a place abroad), or one far from where the region's other towns are.
/// The map fits every position it draws into its frame, so one such position would squeeze the others
/// into a dot; it is left off the map instead, and reported.
/// </summary>
internal static class FarPositions
{
    /// <summary>Japan's extremes (Okinotorishima, Minamitorishima, Yonagunijima, Etorofu) with a little room.</summary>
    private const double South = 20, North = 46, West = 122, East = 154;

    /// <summary>
    /// Far is this many times the typical distance between a town and its nearest neighbour. The towns of a
    /// region border one another: each has a neighbour within a few towns' width, even where most crowd round a
    /// big city and the rest lie far out.
    /// </summary>
    private const double Times = 5;

    /// <summary>Never far within this: a region of towns close together still has room for one a little apart.</summary>
    private const double NearKm = 100;

    private const double KmPerDegree = 111.2;

    /// <summary>Each position that cannot be right, with how far it is from the nearest other town (null for outside Japan).</summary>
    public static IReadOnlyList<(TownPosition Position, double? Km)> Of(IReadOnlyList<TownPosition> positions)
    {
        var outside = positions.Where(p => !InJapan(p)).ToList();
        var inside = positions.Except(outside).ToList();
        var far = new List<(TownPosition, double?)>(outside.Select(p => (p, (double?)null)));
        if (inside.Count < 3)
        {
            return far; // Two towns are each as far from the other: nothing tells which is wrong.
        }

        // Each town's nearest neighbour, not the region's middle: most towns may crowd round the city, so the
        // middle's typical distance says nothing of the towns far out, which still each have a neighbour.
        var nearest = inside.Select(p => inside.Where(q => !ReferenceEquals(q, p)).Min(q => Km(p, q))).ToList();
        var limit = Math.Max(Times * Median(nearest), NearKm);
        far.AddRange(inside.Select((p, i) => (p, nearest[i])).Where(x => x.Item2 > limit).Select(x => (x.p, (double?)x.Item2)));
        return far;
    }

    private static double Km(TownPosition a, TownPosition b)
    {
        var shrink = Math.Cos((a.Latitude + b.Latitude) / 2 * Math.PI / 180);
        return KmPerDegree * Math.Sqrt(Math.Pow(a.Latitude - b.Latitude, 2) + Math.Pow((a.Longitude - b.Longitude) * shrink, 2));
    }

    private static bool InJapan(TownPosition p) => p.Latitude is >= South and <= North && p.Longitude is >= West and <= East;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var half = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}

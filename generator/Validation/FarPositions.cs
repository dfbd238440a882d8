using MoriokaSite.Model;

namespace MoriokaSite.Validation;

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
    /// Far is this many times the towns' typical distance from the region's middle. The towns of a
    /// region are within reach of its central city: in the 2015 region the farthest is 2.6 times the typical
    /// distance, a region of towns around one city about 1.5 times.
    /// </summary>
    private const double Times = 5;

    /// <summary>Never far within this: a region of towns close together still has room for one a little apart.</summary>
    private const double NearKm = 50;

    private const double KmPerDegree = 111.2;

    /// <summary>Each position that cannot be right, with how far it is from the others (null for outside Japan).</summary>
    public static IReadOnlyList<(TownPosition Position, double? Km)> Of(IReadOnlyList<TownPosition> positions)
    {
        var outside = positions.Where(p => !InJapan(p)).ToList();
        var inside = positions.Except(outside).ToList();
        var far = new List<(TownPosition, double?)>(outside.Select(p => (p, (double?)null)));
        if (inside.Count < 3)
        {
            return far; // Two towns are each as far from the middle as the other: nothing tells which is wrong.
        }

        // The median point and the median distance from it: one wrong position moves neither by much.
        var middle = (Latitude: Median(inside.Select(p => p.Latitude)), Longitude: Median(inside.Select(p => p.Longitude)));
        var shrink = Math.Cos(middle.Latitude * Math.PI / 180);
        double Km(TownPosition p) => KmPerDegree * Math.Sqrt(Math.Pow(p.Latitude - middle.Latitude, 2) + Math.Pow((p.Longitude - middle.Longitude) * shrink, 2));
        var typical = Median(inside.Select(Km));
        var limit = Math.Max(Times * typical, NearKm);
        far.AddRange(inside.Where(p => Km(p) > limit).Select(p => (p, (double?)Km(p))));
        return far;
    }

    private static bool InJapan(TownPosition p) => p.Latitude is >= South and <= North && p.Longitude is >= West and <= East;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var half = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}

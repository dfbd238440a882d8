namespace MoriokaSite.Text;

/// <summary>Finds the known name nearest to a mistyped one, for 「もしかして」 in diagnostics.</summary>
public static class Suggestions
{
    /// <summary>The nearest candidate within a small edit distance, or one that contains the value (滝沢 → 滝沢市).</summary>
    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var containing = list.Where(c => value.Length > 0 && (c.StartsWith(value, StringComparison.Ordinal) || value.StartsWith(c, StringComparison.Ordinal))).ToList();
        if (containing.Count == 1)
        {
            return containing[0];
        }

        var best = list
            .Select(c => (Candidate: c, Distance: Distance(value, c)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(1, value.Length / 3) ? best.Candidate : null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> candidates near the value, nearest first: those that start with it
    /// (or it with them), then those within a small edit distance. A message names a few, never a whole list.
    /// </summary>
    public static IReadOnlyList<string> NearestFew(string value, IEnumerable<string> candidates, int count = 3)
    {
        if (value.Length == 0)
        {
            return [];
        }

        var limit = Math.Max(1, value.Length / 3);
        var near = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Affix(value, c) ? 0 : Distance(value, c)))
            .Where(x => x.Distance <= limit)
            .ToList();

        // Only the nearest: --prot is one swap from --port and two edits from --root, which would only distract.
        var best = near.Count == 0 ? 0 : near.Min(x => x.Distance);
        return near
            .Where(x => x.Distance == best)
            .OrderBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Candidate)
            .ToList();
    }

    private static bool Affix(string value, string candidate) => value.Length >= 2 && (
        candidate.StartsWith(value, StringComparison.Ordinal) || value.StartsWith(candidate, StringComparison.Ordinal));

    /// <summary>The edit distance for names, where two neighbours typed the wrong way round are one slip (outptu).</summary>
    public static int Distance(string a, string b) => EditDistance.Within(a, b, Math.Max(a.Length, b.Length), EditDistance.Swaps.AreOneEdit);
}

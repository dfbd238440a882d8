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

    /// <summary>
    /// Edit distance over UTF-16 units, counting two neighbours typed the wrong way round (outptu) as one
    /// edit, as it is one slip of the fingers (the optimal string alignment distance). Names are short.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

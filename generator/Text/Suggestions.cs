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

    /// <summary>Levenshtein distance over UTF-16 units; town and field names are short.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}

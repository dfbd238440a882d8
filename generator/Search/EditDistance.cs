namespace MoriokaSite.Search;

/// <summary>Levenshtein distance over code points, given up past a limit: 「もしかして」 only wants near words.</summary>
public static class EditDistance
{
    /// <summary>The distance, or limit + 1 when it is larger than the limit.</summary>
    public static int Within(string a, string b, int limit)
    {
        var x = a.EnumerateRunes().ToArray();
        var y = b.EnumerateRunes().ToArray();
        if (Math.Abs(x.Length - y.Length) > limit)
        {
            return limit + 1;
        }

        var previous = Enumerable.Range(0, y.Length + 1).ToArray();
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[y.Length], limit + 1);
    }
}

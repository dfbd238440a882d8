namespace MoriokaSite.Text;

/// <summary>
/// How many one-character edits turn one text into another, over code points (𠮷 is one character), given up
/// past a limit: both users only want near words. The one rule for the diagnostics' 「もしかして」 and search's.
/// </summary>
public static class EditDistance
{
    /// <summary>What counts as one edit besides inserting, deleting or changing a character.</summary>
    public enum Swaps
    {
        /// <summary>Two neighbours the wrong way round are two edits: search's rule, the same as search.js's twin.</summary>
        AreTwoEdits,

        /// <summary>
        /// Two neighbours the wrong way round (outptu) are one edit, one slip of the fingers (the optimal string
        /// alignment distance): for names staff type in a file or on the command line.
        /// </summary>
        AreOneEdit,
    }

    /// <summary>The distance, or <paramref name="limit"/> + 1 when it is larger than the limit.</summary>
    public static int Within(string a, string b, int limit, Swaps swaps = Swaps.AreTwoEdits)
    {
        var x = a.EnumerateRunes().ToArray();
        var y = b.EnumerateRunes().ToArray();
        if (Math.Abs(x.Length - y.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the table: a swap looks two rows back.
        var before = new int[y.Length + 1];
        var previous = Enumerable.Range(0, y.Length + 1).ToArray();
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
                if (swaps == Swaps.AreOneEdit && i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }

                best = Math.Min(best, current[j]);
            }

            // No later cell can be smaller than this row's smallest (a swap from the row before costs no less
            // than changing the character in this one), so past the limit the answer is known.
            if (best > limit)
            {
                return limit + 1;
            }

            (before, previous, current) = (previous, current, before);
        }

        return Math.Min(previous[y.Length], limit + 1);
    }
}

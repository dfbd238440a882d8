using System.Text;

namespace MoriokaSite.Search;

/// <summary>
/// A set of positions in one of the index's lists (a project's towns, its tags), of any size: search.js reads it
/// from meta.json as hex digits, four positions to a digit, lowest first (towns 0–3 in the first digit, bit 1 for
/// town 0), with no zero digits at the end. One number held at most 31 towns; this holds as many as a region has,
/// and the same set is always the same text, so "all the towns" is one comparison on either side.
/// </summary>
public sealed class IndexSet : IEquatable<IndexSet>
{
    private readonly int[] _positions;

    private IndexSet(IEnumerable<int> positions)
    {
        _positions = positions.Distinct().Order().ToArray();
        if (_positions.Length > 0 && _positions[0] < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(positions), "A position in a list is never negative.");
        }

        Hex = ToHex(_positions);
    }

    public static IndexSet Empty { get; } = new([]);

    public static IndexSet Of(IEnumerable<int> positions) => new(positions);

    /// <summary>Every position of a list of <paramref name="count"/>: all the towns.</summary>
    public static IndexSet All(int count) => new(Enumerable.Range(0, count));

    /// <summary>The set as meta.json writes it: "ff" for the eight towns of one region, "" for none.</summary>
    public string Hex { get; }

    public IReadOnlyList<int> Positions => _positions;

    public bool Contains(int position) => Array.BinarySearch(_positions, position) >= 0;

    public bool Overlaps(IndexSet other) => _positions.Any(other.Contains);

    /// <summary>The set that <paramref name="hex"/> writes: what search.js reads, for tests that compare the two.</summary>
    public static IndexSet FromHex(string hex) =>
        new(hex.SelectMany((digit, i) => Enumerable.Range(0, 4).Where(bit => (Convert.ToInt32(digit.ToString(), 16) & (1 << bit)) != 0).Select(bit => (i * 4) + bit)));

    public bool Equals(IndexSet? other) => other is not null && other.Hex == Hex;

    public override bool Equals(object? obj) => Equals(obj as IndexSet);

    public override int GetHashCode() => Hex.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Hex;

    private static string ToHex(int[] positions)
    {
        if (positions.Length == 0)
        {
            return string.Empty;
        }

        var digits = new int[(positions[^1] / 4) + 1];
        foreach (var position in positions)
        {
            digits[position / 4] |= 1 << (position % 4);
        }

        var hex = new StringBuilder(digits.Length);
        foreach (var digit in digits)
        {
            hex.Append("0123456789abcdef"[digit]);
        }

        return hex.ToString();
    }
}

namespace MoriokaSite.Model;

/// <summary>
/// The municipalities of the region as a whole: its central city, and the words for "all of them" that the
/// source and staff write in data/projects.csv. The words come from the data (the number of towns and their
/// kinds), so that a region that grows, or another region, needs no change to the code. How pages show "all of
/// them" is the site's wording (towns.all).
/// </summary>
public sealed partial record Region(IReadOnlyList<Town> Towns)
{
    /// <summary>The kinds in the order the national outline names them: towns of kinds 市 and 町 are counted as 「N市町」.</summary>
    public static readonly IReadOnlyList<string> KindOrder = ["市", "町", "村"];

    /// <summary>The towns' positions for the map, in the towns' order; a town without one is left off the map (and warned about).</summary>
    public IReadOnlyList<TownPosition> Positions { get; init; } = [];

    /// <summary>The towns' areas for the map, in the towns' order; none where the site has no boundary file (the map is then dots).</summary>
    public IReadOnlyList<TownBoundary> Boundaries { get; init; } = [];

    /// <summary>The 連携中枢都市; null only while towns.csv has errors.</summary>
    public Town? CentralCity => Towns.FirstOrDefault(t => t.IsCentralCity);

    /// <summary>The towns that conclude an agreement with the central city.</summary>
    public IReadOnlyList<Town> Partners => Towns.Where(t => !t.IsCentralCity).ToList();

    /// <summary>The kinds the region has, as one word: 市町, or 市町村 with a village.</summary>
    public string Kinds => KindsOf(Towns.Select(t => t.Kind));

    /// <summary>The word for towns of these kinds: 市町, or 市町村 with a village.</summary>
    public static string KindsOf(IEnumerable<string> kinds) => string.Concat(KindOrder.Intersect(kinds));

    /// <summary>"All of them" as the source writes it: the number of towns and their kinds, N市町.</summary>
    public string AllTowns => $"{Towns.Count}{Kinds}";

    /// <summary>"All of them" as the shorthand staff use: 全市町.</summary>
    public string AllTownsShort => $"全{Kinds}";

    /// <summary>What staff may write in 関係市町 for all the towns: N市町, its full-width digits (Excel with an IME), or 全市町.</summary>
    public IReadOnlyList<string> AllTownsWords => [AllTowns, FullWidth(AllTowns), AllTownsShort];

    /// <summary>
    /// A word for "all the towns" of another make-up of the region — 「8市町」 once a ninth town has joined, 「全市町」
    /// once a village has: what a row wrote before the towns changed. It meant the towns of that time, so it is
    /// neither all of today's towns nor an unknown town.
    /// </summary>
    public bool IsAllTownsWordOfAnotherTime(string cell) =>
        !AllTownsWords.Contains(cell) && AllTownsWord().Match(cell) is { Success: true } word && KindsWords.Contains(word.Groups["kinds"].Value);

    /// <summary>Every way the kinds can be written together, in the outline's order: 市, 町, 村, 市町, 市村, 町村, 市町村.</summary>
    private static readonly IReadOnlyList<string> KindsWords =
        Enumerable.Range(1, (1 << KindOrder.Count) - 1).Select(mask => string.Concat(KindOrder.Where((_, i) => (mask & (1 << i)) != 0))).ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[0-9０-９]+|全)(?<kinds>[市町村]+)$")]
    private static partial System.Text.RegularExpressions.Regex AllTownsWord();

    private static string FullWidth(string text) => string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c));
}

using MoriokaSite.Words;

namespace MoriokaSite.Search;

/// <summary>
/// The words search.js shows, from the site's wording, carried to it in the index (meta.json's words): the script
/// has no word of its own. The site's facts are filled in here; the rest ({count}, {town}) the script fills.
/// </summary>
public static class SearchWords
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "notGiven", "towns.all", "towns.label", "list.separator",
        "search.all", "search.resultField", "search.resultStatus", "search.count", "search.townNote", "search.untickTown",
        "search.townOrder", "search.sharedName", "search.onlyTown", "search.didYouMean", "search.nothing", "search.removeWord", "search.removeFilter",
        "search.townResults", "search.townsResults", "search.filteredResults", "search.query", "search.narrowed", "search.results",
    ];

    /// <summary>Each key's text for the browser, by key in ordinal order, so that the file is the same every build.</summary>
    public static SortedDictionary<string, string> Of(Wording wording) =>
        new(Keys.ToDictionary(k => k, wording.ForBrowser, StringComparer.Ordinal), StringComparer.Ordinal);
}

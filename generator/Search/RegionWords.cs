using MoriokaSite.Model;

namespace MoriokaSite.Search;

/// <summary>The words for the region's towns as a whole, as the search index carries them to search.js.</summary>
/// <param name="Kinds">市町, or 市町村: what a town's name is called in a sentence (「滝沢」は市町の名前です).</param>
/// <param name="AllTownsShort">全市町: the shorthand for all of them.</param>
/// <param name="AllTownsLabel">N市町（全市町）: how a result of all the towns shows its towns.</param>
public sealed record RegionWords(string Kinds, string AllTownsShort, string AllTownsLabel)
{
    public static RegionWords Of(Region region) => new(region.Kinds, region.AllTownsShort, region.AllTownsLabel);
}

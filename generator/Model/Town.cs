namespace MoriokaSite.Model;

/// <summary>One municipality of the region: a row of data/towns.csv.</summary>
/// <param name="Kind">市, 町 or 村: the word for "all of them" is made of the kinds the region has.</param>
/// <param name="IsCentralCity">The 連携中枢都市 (column 中心市): every other town is its partner under an agreement of its own.</param>
public sealed record Town(string Slug, string Name, string Reading, string Kind, int Order, bool IsCentralCity);

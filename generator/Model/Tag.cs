namespace MoriokaSite.Model;

/// <summary>One mark of the source's 備考 column (【新規】, 経済戦略 …): a row of data/tags.csv.</summary>
/// <param name="Key">The open data's identifier (new, economic-strategy).</param>
/// <param name="Short">What staff write in the CSV and pages show (新規).</param>
/// <param name="Description">What the mark means, as the source's 備考欄の見方 says.</param>
/// <param name="Index">The tag's place in data/tags.csv's order, from 0: the search index's bit for it.</param>
public sealed record Tag(string Key, string Short, string Description, int Index);

namespace MoriokaSite.Search;

/// <summary>
/// A project as search sees it. Its field, status, towns and tags are filters, kept as indexes into
/// the index's key lists (towns and tags as sets of positions, any number of them); its towns are never searched as text.
/// </summary>
public sealed record SearchDocument(
    string Url,
    string Name,
    string Summary,
    string Labels,
    int Field,
    int Status,
    IndexSet Towns,
    IndexSet Tags)
{
    /// <summary>The folded text of each searchable part, with the bit that marks a match there.</summary>
    public IEnumerable<(SearchWhere Where, string Folded)> Parts()
    {
        yield return (SearchWhere.Name, Text.TextNormalizer.Fold(Name));
        yield return (SearchWhere.Labels, Text.TextNormalizer.Fold(Labels));
        yield return (SearchWhere.Summary, Text.TextNormalizer.Fold(Summary));
    }
}

namespace MoriokaSite.Model;

/// <summary>One municipality of the region: a row of data/towns.csv, with its projects.</summary>
/// <param name="kind">市, 町 or 村: the word for "all of them" is made of the kinds the region has.</param>
/// <param name="isCentralCity">The 連携中枢都市 (column 中心市): every other town is its partner under an agreement of its own.</param>
public sealed class Town(string slug, string name, string reading, string kind, int order, bool isCentralCity)
{
    public string Slug { get; } = slug;

    public string Name { get; } = name;

    public string Reading { get; } = reading;

    /// <inheritdoc cref="Town(string, string, string, string, int, bool)" path="/param[@name='kind']"/>
    public string Kind { get; } = kind;

    public int Order { get; } = order;

    /// <inheritdoc cref="Town(string, string, string, string, int, bool)" path="/param[@name='isCentralCity']"/>
    public bool IsCentralCity { get; } = isCentralCity;

    /// <summary>
    /// The town's 全国地方公共団体コード (6 digits, the last a check digit; column 団体コード), by which others join the
    /// site's data with national statistics and maps, and the map finds its boundary. Empty where the data has none.
    /// </summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The projects the town takes part in, in id order: linked once, as a field's are, so no page looks them up.</summary>
    public IReadOnlyList<Project> Projects { get; internal set; } = [];
}

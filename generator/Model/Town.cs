namespace MoriokaSite.Model;

/// <summary>One municipality of the region: a row of data/towns.csv, with its projects.</summary>
public sealed class Town
{
    private readonly Lazy<IReadOnlyList<Project>> _projects;

    /// <param name="kind">市, 町 or 村: the word for "all of them" is made of the kinds the region has.</param>
    /// <param name="isCentralCity">The 連携中枢都市 (column 中心市): every other town is its partner under an agreement of its own.</param>
    /// <param name="projects">
    /// The town's projects, read once from the finished list of projects: the projects point at their towns, so that
    /// list cannot exist before the town does (see MoriokaSite.Modelling.Backlinks).
    /// </param>
    public Town(string slug, string name, string reading, string kind, int order, bool isCentralCity, Func<Town, IReadOnlyList<Project>> projects)
    {
        Slug = slug;
        Name = name;
        Reading = reading;
        Kind = kind;
        Order = order;
        IsCentralCity = isCentralCity;
        _projects = new(() => projects(this));
    }

    public string Slug { get; }

    public string Name { get; }

    public string Reading { get; }

    /// <summary>市, 町 or 村: the word for "all of them" is made of the kinds the region has.</summary>
    public string Kind { get; }

    public int Order { get; }

    /// <summary>The 連携中枢都市 (column 中心市): every other town is its partner under an agreement of its own.</summary>
    public bool IsCentralCity { get; }

    /// <summary>
    /// The town's 全国地方公共団体コード (6 digits, the last a check digit; column 団体コード), by which others join the
    /// site's data with national statistics and maps, and the map finds its boundary. Empty where the data has none.
    /// </summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The projects the town takes part in, in id order: linked once, as a field's are, so no page looks them up.</summary>
    public IReadOnlyList<Project> Projects => _projects.Value;
}

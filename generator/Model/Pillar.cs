namespace MoriokaSite.Model;

/// <summary>
/// One of the vision's three policy pillars (経済成長のけん引 …). The third pillar is divided into
/// areas (生活機能の強化 …), which are pillars too, with a parent.
/// </summary>
public sealed class Pillar
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required int Order { get; init; }

    public Pillar? Parent { get; init; }

    public IReadOnlyList<Pillar> Areas { get; internal set; } = [];

    /// <summary>The fields directly under this pillar or area, in order.</summary>
    public IReadOnlyList<Field> Fields { get; internal set; } = [];

    /// <summary>Every field under this pillar, its areas' included, in order.</summary>
    public IEnumerable<Field> AllFields => Fields.Concat(Areas.SelectMany(a => a.AllFields));
}

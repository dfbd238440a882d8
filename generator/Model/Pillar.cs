namespace MoriokaSite.Model;

/// <summary>
/// One of the vision's three policy pillars (経済成長のけん引 …). The third pillar is divided into
/// areas (生活機能の強化 …), which are pillars too, with a parent.
/// </summary>
public sealed class Pillar
{
    private readonly Lazy<IReadOnlyList<Pillar>> _areas;
    private readonly Lazy<IReadOnlyList<Field>> _fields;

    /// <param name="areas">The pillar's areas, read once from the finished list of pillars: each area points at its parent.</param>
    /// <param name="fields">The fields directly under the pillar, read once from the finished list of fields, which point at their pillars (see MoriokaSite.Modelling.Backlinks).</param>
    public Pillar(Func<Pillar, IReadOnlyList<Pillar>> areas, Func<Pillar, IReadOnlyList<Field>> fields)
    {
        _areas = new(() => areas(this));
        _fields = new(() => fields(this));
    }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required int Order { get; init; }

    public Pillar? Parent { get; init; }

    public IReadOnlyList<Pillar> Areas => _areas.Value;

    /// <summary>The fields directly under this pillar or area, in order.</summary>
    public IReadOnlyList<Field> Fields => _fields.Value;

    /// <summary>Every field under this pillar, its areas' included, in order.</summary>
    public IEnumerable<Field> AllFields => Fields.Concat(Areas.SelectMany(a => a.AllFields));
}

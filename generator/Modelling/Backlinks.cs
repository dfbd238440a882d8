using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>
/// The references that point back up the model: a town's projects, a field's projects and 再掲, a pillar's fields.
/// A project points at its towns and fields, so they exist before it does; each is built with these functions
/// instead, which it reads once, on first use, from the lists handed over here when validation has built them.
/// Nothing reads them before that: the model is published only after <see cref="Complete"/>.
/// </summary>
internal sealed class Backlinks
{
    private readonly Lazy<ILookup<Field, Project>> _byField;
    private readonly Lazy<ILookup<Field, Project>> _byAlsoIn;
    private readonly Lazy<ILookup<Town, Project>> _byTown;
    private readonly Lazy<ILookup<Pillar, Field>> _byPillar;
    private IReadOnlyList<Field>? _fields;
    private IReadOnlyList<Project>? _projects;

    public Backlinks()
    {
        _byField = new(() => Projects.ToLookup(p => p.Field));
        _byAlsoIn = new(() => Projects.SelectMany(p => p.AlsoIn.Select(f => (Field: f, Project: p))).ToLookup(x => x.Field, x => x.Project));
        _byTown = new(() => Projects.SelectMany(p => p.Towns.Select(t => (Town: t, Project: p))).ToLookup(x => x.Town, x => x.Project));
        _byPillar = new(() => Fields.ToLookup(f => f.Area ?? f.Pillar));
    }

    /// <summary>Hands over the finished lists: once, before anything reads a back reference.</summary>
    public void Complete(IReadOnlyList<Field> fields, IReadOnlyList<Project> projects)
    {
        if (_fields is not null)
        {
            throw new InvalidOperationException("The model's back references are resolved once.");
        }

        (_fields, _projects) = (fields, projects);
    }

    /// <summary>The projects whose home is the field, in the projects' (id) order.</summary>
    public IReadOnlyList<Project> ProjectsOf(Field field) => _byField.Value[field].ToList();

    /// <summary>The projects of other fields listed in the field again (再掲).</summary>
    public IReadOnlyList<Project> CrossListedIn(Field field) => _byAlsoIn.Value[field].ToList();

    public IReadOnlyList<Project> ProjectsOf(Town town) => _byTown.Value[town].ToList();

    /// <summary>The fields directly under a pillar or an area, in the fields' order.</summary>
    public IReadOnlyList<Field> FieldsUnder(Pillar pillar) => _byPillar.Value[pillar].ToList();

    private IReadOnlyList<Field> Fields => _fields ?? throw NotYet();

    private IReadOnlyList<Project> Projects => _projects ?? throw NotYet();

    private static InvalidOperationException NotYet() => new("A back reference of the model was read before the model was complete.");
}

namespace MoriokaSite.Model;

/// <summary>One of the policy fields (分野), with its text and its projects.</summary>
public sealed class Field
{
    private readonly Lazy<IReadOnlyList<Project>> _projects;
    private readonly Lazy<IReadOnlyList<Project>> _crossListed;

    /// <param name="projects">The field's projects, read once from the finished list of projects, which point at their fields (see MoriokaSite.Modelling.Backlinks).</param>
    /// <param name="crossListed">The projects of other fields listed here again, read the same way.</param>
    public Field(Func<Field, IReadOnlyList<Project>> projects, Func<Field, IReadOnlyList<Project>> crossListed)
    {
        _projects = new(() => projects(this));
        _crossListed = new(() => crossListed(this));
    }

    public required string Slug { get; init; }

    /// <summary>The official name, as the source writes it: the open data's fieldName, and the field page's body.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The name pages show in headings, lists and filters (front matter shortTitle): the source's name
    /// 「上記に掲げるもののほか、…に係る分野」 reads as a sentence, not a heading. The official name when none is given.
    /// </summary>
    public required string ShortTitle { get; init; }

    /// <summary>Whether the page shows a name other than the official one, which the field page then gives too.</summary>
    public bool HasShortTitle => ShortTitle != Title;

    /// <summary>
    /// The name a table gives a row, where a field's column is a few characters wide (front matter tableTitle):
    /// 「交通インフラ」 for 「道路等の交通インフラの整備・維持」. The short title when none is given.
    /// </summary>
    public required string TableTitle { get; init; }

    /// <summary>Whether the table shows a name other than the one headings show, which it then gives on hover.</summary>
    public bool HasTableTitle => TableTitle != ShortTitle;

    public required int Order { get; init; }

    public required Pillar Pillar { get; init; }

    /// <summary>The area of the third pillar, or null for the first two.</summary>
    public Pillar? Area { get; init; }

    /// <summary>The Markdown body: its own headings (## …) are the field page's sections.</summary>
    public required string Body { get; init; }

    /// <summary>The projects whose home is this field, in id order.</summary>
    public IReadOnlyList<Project> Projects => _projects.Value;

    /// <summary>Projects of other fields listed here again (再掲): shown, never counted.</summary>
    public IReadOnlyList<Project> CrossListed => _crossListed.Value;

    public int Count(Status status) => Projects.Count(p => p.Status == status);
}

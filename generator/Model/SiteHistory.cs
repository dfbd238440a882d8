namespace MoriokaSite.Model;

/// <summary>
/// The projects' history, from the repository: every change, by project and by publication. Absent from the model
/// where the repository cannot tell it (no git, a shallow clone): then no page shows a date it cannot be sure of.
/// </summary>
public sealed record SiteHistory
{
    /// <summary>Newest first; each with its changes in the order of the file.</summary>
    public required IReadOnlyList<(Publication Publication, IReadOnlyList<ProjectChange> Changes)> Publications { get; init; }

    /// <summary>Each project's changes, oldest first, by id: today's projects and removed ones alike.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ProjectChange>> ByProject { get; init; }

    /// <summary>The projects no longer listed, in id order.</summary>
    public required IReadOnlyList<RemovedProject> Removed { get; init; }

    public IReadOnlyList<ProjectChange> Of(string projectId) => ByProject.GetValueOrDefault(projectId) ?? [];

    /// <summary>When the project was first published: the source's date for the first version, else its commit's.</summary>
    public DateOnly? FirstPublished(string projectId) => Of(projectId).FirstOrDefault(c => c.Kind is ChangeKind.Listed or ChangeKind.Added)?.Date;

    public DateOnly? LastChanged(string projectId) => Of(projectId).LastOrDefault()?.Date;

    /// <summary>Every change, newest first.</summary>
    public IEnumerable<ProjectChange> All => Publications.SelectMany(p => p.Changes);
}

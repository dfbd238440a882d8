namespace MoriokaSite.History;

/// <summary>Whether the repository can tell the projects' history.</summary>
public enum HistoryAvailability
{
    /// <summary>Every commit of data/projects.csv was read.</summary>
    Known,

    /// <summary>The site is not in a git repository, or git is not installed: a copy, a download. Nothing to show.</summary>
    NoRepository,

    /// <summary>The file has never been committed: a new site. Nothing to show yet.</summary>
    NotCommitted,

    /// <summary>
    /// A shallow clone (GitHub's checkout without fetch-depth: 0): the oldest commits are missing, so a first
    /// appearance would be dated wrongly. No history is shown, and the build warns.
    /// </summary>
    Shallow,
}

namespace MoriokaSite.Model;

/// <summary>
/// A commit, or a tag's commits, that changed data/projects.csv: what readers saw change at once.
/// </summary>
/// <param name="Commit">The last commit of the publication, in full.</param>
/// <param name="Tag">The tag it was published under, or null for a commit on its own.</param>
/// <param name="Date">The date of its last commit; for the first version, the source document's date.</param>
/// <param name="IsFirst">The first version: the projects as the source document gives them.</param>
public sealed record Publication(string Commit, string? Tag, DateOnly Date, bool IsFirst)
{
    /// <summary>The commit as people quote it.</summary>
    public string ShortCommit => Commit[..Math.Min(7, Commit.Length)];
}

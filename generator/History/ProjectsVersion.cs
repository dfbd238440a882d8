namespace MoriokaSite.History;

/// <summary>
/// data/projects.csv as one commit has it. <paramref name="Rows"/> is null for a version that could not be read
/// (a CSV error, an encoding neither UTF-8 nor Shift_JIS): the history then goes from the version before it to
/// the one after, as a reader of the published site saw them.
/// </summary>
/// <param name="Date">The commit's date, in the committer's own time zone, as git records it.</param>
/// <param name="Publication">The tag the commit was published under (the first tag at or after it), or null.</param>
public sealed record ProjectsVersion(string Commit, DateOnly Date, string? Publication, IReadOnlyDictionary<string, RowSnapshot>? Rows);

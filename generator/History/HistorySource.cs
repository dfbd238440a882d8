namespace MoriokaSite.History;

/// <summary>What the repository says about data/projects.csv: every version, oldest first, when it can say it.</summary>
public sealed record HistorySource(HistoryAvailability Availability, IReadOnlyList<ProjectsVersion> Versions)
{
    public static HistorySource None(HistoryAvailability why) => new(why, []);
}

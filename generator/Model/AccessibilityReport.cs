namespace MoriokaSite.Model;

/// <summary>
/// The latest automated accessibility test of the site, as committed in data/accessibility.json by
/// the audit command. Its date is the test's, never the build's.
/// </summary>
public sealed record AccessibilityReport(DateOnly Date, int Pages, IReadOnlyList<AccessibilityReport.Check> Checks)
{
    /// <summary>One tool's result: what it checked, with which version, how many problems it found.</summary>
    public sealed record Check(string Name, string Tool, string Scope, int Problems);
}

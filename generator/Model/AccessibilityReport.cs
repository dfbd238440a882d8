namespace MoriokaSite.Model;

/// <summary>
/// The automated accessibility test of the pages being built, recorded by the audit that the publishing run
/// makes just before it builds them again with this record. Its date is the test's, never the build's.
/// </summary>
/// <param name="Path">The record's file as it was given, for diagnostics.</param>
/// <param name="Pages">How many pages the audit tested.</param>
/// <param name="SiteFingerprint">
/// What the audit tested: the fingerprint of every file of the site but the accessibility page itself. The
/// build shows the results only when its own files have the same fingerprint.
/// </param>
public sealed record AccessibilityReport(string Path, DateOnly Date, int Pages, string SiteFingerprint, IReadOnlyList<AccessibilityReport.Check> Checks)
{
    /// <summary>One check's result: which check (its wording is the theme's), with which tool, how many problems it found.</summary>
    public sealed record Check(string Id, string Tool, int Problems);
}

namespace MoriokaSite.Tests.Attacks;

/// <summary>What one attack came to: the exit status (or HTTP status), the codes printed, and what was wrong with it, if anything.</summary>
/// <param name="Skipped">Why the case could not be run here; null when it ran.</param>
internal sealed record AttackOutcome(string Case, int Status, IReadOnlyList<string> Codes, TimeSpan Elapsed, IReadOnlyList<string> Problems, string? Skipped = null)
{
    public bool Passed => Problems.Count == 0;
}

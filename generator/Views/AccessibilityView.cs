using MoriokaSite.Model;

namespace MoriokaSite.Views;

/// <summary>/accessibility/: the policy (Markdown) and the latest test results (data).</summary>
public sealed record AccessibilityView : PageView
{
    public required string PolicyHtml { get; init; }

    public required AccessibilityReport? Report { get; init; }

    /// <summary>How many pages this build makes: the pages the audit tests, stated even before it has.</summary>
    public int SitePages { get; init; }
}

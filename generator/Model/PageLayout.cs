namespace MoriokaSite.Model;

/// <summary>
/// What kind of page a Markdown file of content/ is (front matter layout:), named as the theme's template that
/// shows it. Most pages are plain text; the others are the pages the generator adds something of its own to.
/// </summary>
public enum PageLayout
{
    /// <summary>A page of text, and nothing else: the schedule, or any page staff add.</summary>
    TextPage,

    /// <summary>The home page (content/index.md): its text, with the pillars, the map and the summary table.</summary>
    Home,

    /// <summary>The partnership agreement: its text, and one page per partner town with the partner's name in it.</summary>
    Agreement,

    /// <summary>The accessibility policy, with the results of the audit of every other page.</summary>
    Accessibility,
}

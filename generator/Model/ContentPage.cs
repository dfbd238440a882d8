namespace MoriokaSite.Model;

/// <summary>
/// A page written in Markdown in content/: the file is the page, its front matter says what kind of page it is
/// and where the menus link to it. content/NAME.md (or content/NAME/index.md) is the page /NAME/; content/index.md is the home page.
/// </summary>
/// <param name="Name">The page's place: "schedule" for /schedule/, "" for the home page.</param>
public sealed record ContentPage(string Name, string Title, string Description, string Body)
{
    public PageLayout Layout { get; init; } = PageLayout.TextPage;

    public PageMenu Menu { get; init; } = PageMenu.None;

    /// <summary>The page's place in its menu: lighter first. Null when not given: after those that have one.</summary>
    public int? Weight { get; init; }

    /// <summary>The shorter title menus show (linkTitle:, as Hugo names it); the title when not given.</summary>
    public string LinkTitle { get; init; } = Title;

    /// <summary>For the agreement: the word its text writes for the partner (the source's 〇〇市（町）).</summary>
    public string? Placeholder { get; init; }
}

namespace MoriokaSite.Loading;

/// <summary>One piece of a wording text: words as written, a placeholder, or the start or end of a link.</summary>
/// <param name="Value">The words (<see cref="WordPartKind.Text"/>), or the placeholder's name (the link's address, for <see cref="WordPartKind.LinkStart"/>).</param>
public readonly record struct WordPart(WordPartKind Kind, string Value);

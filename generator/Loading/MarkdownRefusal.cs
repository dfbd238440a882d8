namespace MoriokaSite.Loading;

/// <summary>Where Markdig refused a text, and why: nesting too deep, or a paragraph with too many marks to follow.</summary>
/// <param name="Line">The 1-based line: the refused line when too deep, the paragraph's first line when too large.</param>
/// <param name="TooLarge">True when the paragraph has more inline marks (emphasis, brackets) than Markdig follows, nested or not.</param>
/// <param name="Marks">How many inline marks the paragraph has up to where it was refused.</param>
public sealed record MarkdownRefusal(int Line, bool TooLarge, int Marks);

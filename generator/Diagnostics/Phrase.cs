namespace MoriokaSite.Diagnostics;

/// <summary>
/// A piece of a message in both languages, written together so that they never drift apart:
/// the details a caller adds to a <see cref="Problem"/> (what a file is, what a value should be).
/// </summary>
public sealed record Phrase(string Japanese, string English)
{
    public string In(Language language) => language == Language.English ? English : Japanese;
}

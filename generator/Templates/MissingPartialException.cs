namespace MoriokaSite.Templates;

/// <summary>
/// A template asked to include one the theme does not have (<c>@await IncludeAsync("_Missing")</c>):
/// a theme problem, found only while rendering, and reported as a diagnostic at the including line.
/// </summary>
public sealed class MissingPartialException(string name, IEnumerable<string> available)
    : Exception($"The theme has no template named {name}.")
{
    public string Name { get; } = name;

    /// <summary>The templates the theme does have, in order, for the message.</summary>
    public IReadOnlyList<string> Available { get; } = available.Order(StringComparer.Ordinal).ToList();
}

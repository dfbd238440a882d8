namespace MoriokaSite.Templates;

/// <summary>
/// Templates included one inside another more than <see cref="IncludeDepth.MaxDepth"/> deep: almost always a
/// template that includes itself, directly or through others. Reported at the line that includes.
/// </summary>
public sealed class IncludeTooDeepException(IReadOnlyList<string> chain)
    : Exception($"Templates are included more than {IncludeDepth.MaxDepth} deep: {string.Join(" > ", chain)}")
{
    /// <summary>
    /// The loop the templates go round (_Contact → _Contact, or _A → _B → _A), from the first template that
    /// comes back; the whole chain when none does.
    /// </summary>
    public IReadOnlyList<string> Cycle { get; } = CycleOf(chain);

    private static List<string> CycleOf(IReadOnlyList<string> chain)
    {
        for (var end = 1; end < chain.Count; end++)
        {
            var start = chain.Take(end).ToList().IndexOf(chain[end]);
            if (start >= 0)
            {
                return chain.Skip(start).Take(end - start + 1).ToList();
            }
        }

        return [.. chain];
    }
}

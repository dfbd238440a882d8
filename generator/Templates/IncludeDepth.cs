using System.Collections.Immutable;

namespace MoriokaSite.Templates;

/// <summary>
/// How deep templates include templates (<c>IncludeAsync</c>) while one page is rendered. A template that
/// includes itself, or two that include each other, would go on until the stack overflows, which no
/// handler can catch: the process dies with a trace of tens of thousands of lines, serve with it. Past
/// <see cref="MaxDepth"/> levels the include throws instead, and the failure is reported at the template's line.
/// </summary>
internal static class IncludeDepth
{
    /// <summary>The theme nests three deep (a page, a card, its labels); a real theme never needs this many.</summary>
    public const int MaxDepth = 16;

    // Per page: each page renders in its own asynchronous flow, and an include's change never flows back to its caller.
    private static readonly AsyncLocal<ImmutableList<string>> Chain = new();

    /// <summary>RazorLight's include, counted: it throws <see cref="IncludeTooDeepException"/> past <see cref="MaxDepth"/>.</summary>
    public static Func<string, object, Task> Guard(Func<string, object, Task> include) => async (name, model) =>
    {
        var chain = (Chain.Value ?? []).Add(name);
        if (chain.Count > MaxDepth)
        {
            throw new IncludeTooDeepException(chain);
        }

        Chain.Value = chain;
        await include(name, model);
    };
}

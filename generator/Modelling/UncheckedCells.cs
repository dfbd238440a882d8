using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Modelling;

/// <summary>
/// The cells left unchecked because the list they point into is broken, counted per list and column: one diagnostic at the
/// first of them says how many there are, after the list's own errors (which sort first).
/// </summary>
internal sealed class UncheckedCells(DiagnosticBag diagnostics)
{
    private readonly Dictionary<(string List, string Column), (SourceLocation First, int Count)> _byList = [];

    /// <param name="list">The broken list's file, as diagnostics name it (data/towns.csv, content/fields).</param>
    public void Skip(string list, SourceLocation cell, string column)
    {
        _byList[(list, column)] = _byList.TryGetValue((list, column), out var seen) ? (seen.First, seen.Count + 1) : (cell, 1);
    }

    public void Report()
    {
        foreach (var ((list, column), (first, count)) in _byList.OrderBy(x => x.Value.First.Line).ThenBy(x => x.Value.First.Column))
        {
            diagnostics.Error(first, Problems.UncheckedForBrokenList(list, column, count));
        }
    }
}

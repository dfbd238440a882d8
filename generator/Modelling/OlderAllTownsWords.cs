using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>
/// The cells that say 「8市町」 or 「全市町」 for a region that no longer has those towns. Reported once, at the first,
/// with their number: the fix is one command for all of them (expand-towns), not a row at a time — and never
/// the new count, which would silently add the new town to every project that said "all" before it joined.
/// </summary>
internal sealed class OlderAllTownsWords(Region region, DiagnosticBag diagnostics)
{
    private readonly List<(SourceLocation Cell, string Word)> _cells = [];

    public void Add(SourceLocation cell, string word) => _cells.Add((cell, word));

    public void Report()
    {
        if (_cells.Count > 0)
        {
            var words = _cells.Select(c => c.Word).Distinct(StringComparer.Ordinal).ToList();
            diagnostics.Error(_cells[0].Cell, Problems.AllTownsOfAnotherTime(words, _cells.Count, region.AllTowns, SiteLoader.TownsPath));
        }
    }
}

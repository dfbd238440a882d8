namespace MoriokaSite.Diagnostics;

/// <summary>
/// Collects every problem found while loading and validating, so that one run reports them all.
/// Thread-safe: templates may be checked in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// Adds a diagnostic, once: the same problem at the same place (a folder that cannot be read, met by
    /// each file inside it) says nothing more the second time.
    /// </summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            if (_seen.Add(diagnostic))
            {
                _items.Add(diagnostic);
            }
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>Every diagnostic, sorted by file, line and column so the output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ToList();
        }
    }
}

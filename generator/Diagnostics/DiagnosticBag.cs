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
    private string[] _first = [];

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

    /// <summary>How many errors so far: a stage compares it before and after a file to tell whether that file had one.</summary>
    public int ErrorCount
    {
        get
        {
            lock (_lock)
            {
                return _items.Count(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>
    /// Files whose diagnostics come before all others, in this order (a path, or a folder ending in "/"): the lists
    /// others point into, whose one error explains the rest. The rest follow by file, line and column.
    /// </summary>
    public void ReportFirst(params string[] paths)
    {
        lock (_lock)
        {
            _first = paths;
        }
    }

    private int RankOf(string path)
    {
        var rank = Array.FindIndex(_first, p => p.EndsWith('/') ? path.StartsWith(p, StringComparison.Ordinal) : path == p);
        return rank < 0 ? _first.Length : rank;
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

    /// <summary>Every diagnostic, the files given to <see cref="ReportFirst"/> first, then sorted by file, line and column so the output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => RankOf(d.Location.Path))
                .ThenBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ToList();
        }
    }
}

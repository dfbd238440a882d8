using MoriokaSite.Loading;

namespace MoriokaSite.Commands;

/// <summary>
/// Watches what a build reads (content/, data/, themes/, site.json) and calls back once per burst of saves.
/// Editors save in bursts (temp file, rename, touch): the callback waits for a quiet moment, then runs once.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>Long enough to cover one save's burst of events, short enough not to be felt.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    private static readonly string[] Watched = ["content/", "data/", "themes/"];

    private readonly string _root;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;

    public SiteWatcher(string root, Action changed)
    {
        _root = root;
        _timer = new Timer(_ => changed());
        _watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true };
        _watcher.Changed += (_, e) => OnChange(e.FullPath);
        _watcher.Created += (_, e) => OnChange(e.FullPath);
        _watcher.Deleted += (_, e) => OnChange(e.FullPath);

        // Saving through a temporary file renames it onto the real name; renaming a file away removes it.
        _watcher.Renamed += (_, e) =>
        {
            OnChange(e.FullPath);
            OnChange(e.OldFullPath);
        };
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void OnChange(string fullPath)
    {
        if (IsSiteInput(Path.GetRelativePath(_root, fullPath)))
        {
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan); // Each event in the burst pushes the callback back.
        }
    }

    private static bool IsSiteInput(string relative)
    {
        var path = relative.Replace(Path.DirectorySeparatorChar, '/');
        return path == SiteConfigLoader.FileName || Watched.Any(folder => path.StartsWith(folder, StringComparison.Ordinal));
    }
}

using MoriokaSite.Building;

namespace MoriokaSite.Commands.Preview;

/// <summary>
/// The latest build of a serve session, and a task that completes with the one after it. A page that
/// connects learns the current state at once, and a page that misses a build in between only ever
/// needs the latest one, so nothing is queued.
/// </summary>
public sealed class BuildFeed
{
    private readonly string _session = Guid.NewGuid().ToString("N")[..8];
    private readonly Lock _gate = new();
    private int _number;
    private PreviewBuild _latest;
    private TaskCompletionSource<PreviewBuild> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BuildFeed(BuildResult first) => _latest = Describe(first);

    public PreviewBuild Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>The latest build, and a task for the build that will follow it.</summary>
    public (PreviewBuild Latest, Task<PreviewBuild> Next) Follow()
    {
        lock (_gate)
        {
            return (_latest, _next.Task);
        }
    }

    public PreviewBuild Publish(BuildResult result)
    {
        TaskCompletionSource<PreviewBuild> waiting;
        PreviewBuild build;
        lock (_gate)
        {
            build = _latest = Describe(result);
            waiting = _next;
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        waiting.SetResult(build);
        return build;
    }

    private PreviewBuild Describe(BuildResult result) =>
        new($"{_session}-{++_number}", result.Succeeded, result.Diagnostics);
}

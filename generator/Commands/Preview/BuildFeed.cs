using MoriokaSite.Pipeline;

namespace MoriokaSite.Commands.Preview;

/// <summary>
/// The latest build of a serve session, and a task that completes with the one after it. A page that
/// connects learns the current state at once, and a page that misses a build in between only ever
/// needs the latest one, so nothing is queued. Before the first build has finished there is none.
/// </summary>
public sealed class BuildFeed
{
    private readonly string _session = Guid.NewGuid().ToString("N")[..8];
    private readonly Lock _gate = new();
    private int _number;
    private PreviewBuild? _latest;
    private TaskCompletionSource<PreviewBuild> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewBuild? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>The latest build (null before the first), and a task for the build that will follow it.</summary>
    public (PreviewBuild? Latest, Task<PreviewBuild> Next) Follow()
    {
        lock (_gate)
        {
            return (_latest, _next.Task);
        }
    }

    public PreviewBuild Publish(BuildResult result) => Publish(id => new PreviewBuild(id, result.Succeeded, result.Diagnostics));

    /// <summary>A build that stopped on something other than the user's input: the pages show the message over the last good site.</summary>
    public PreviewBuild PublishFailure(string message) => Publish(id => new PreviewBuild(id, false, [], message));

    private PreviewBuild Publish(Func<string, PreviewBuild> describe)
    {
        TaskCompletionSource<PreviewBuild> waiting;
        PreviewBuild build;
        lock (_gate)
        {
            build = _latest = describe($"{_session}-{++_number}");
            waiting = _next;
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        waiting.SetResult(build);
        return build;
    }
}

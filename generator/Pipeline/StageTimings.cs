using System.Diagnostics;

namespace MoriokaSite.Pipeline;

/// <summary>How long each stage of a build took, in order, for <c>build --timings</c>.</summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            _stages.Add((stage, clock.Elapsed));
        }
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await work();
        }
        finally
        {
            _stages.Add((stage, clock.Elapsed));
        }
    }
}

using System.Diagnostics;
using System.Runtime;

namespace MoriokaSite.Pipeline;

/// <summary>
/// How long each stage of a build took, in order, for <c>build --timings</c>; with the time the JIT compiler
/// spent in it (on every thread) and the methods it compiled, since in a cold process that is often most of it.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly List<(TimeSpan Time, long Methods)> _jit = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    /// <summary>The JIT compiler's time and methods in each stage of <see cref="Stages"/>, in the same order.</summary>
    public IReadOnlyList<(TimeSpan Time, long Methods)> Jit => _jit;

    public T Time<T>(string stage, Func<T> work)
    {
        var start = Start();
        try
        {
            return work();
        }
        finally
        {
            Stop(stage, start);
        }
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var start = Start();
        try
        {
            return await work();
        }
        finally
        {
            Stop(stage, start);
        }
    }

    private static (Stopwatch Clock, TimeSpan Jit, long Methods) Start() =>
        (Stopwatch.StartNew(), JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());

    /// <summary>
    /// A stage timed in several parts (the write stage opens its staging folder before render) is one line, its parts
    /// added up, in the place of its last part.
    /// </summary>
    private void Stop(string stage, (Stopwatch Clock, TimeSpan Jit, long Methods) start)
    {
        var (elapsed, jit, methods) = (start.Clock.Elapsed, JitInfo.GetCompilationTime() - start.Jit, JitInfo.GetCompiledMethodCount() - start.Methods);
        var earlier = _stages.FindIndex(s => s.Stage == stage);
        if (earlier < 0)
        {
            _stages.Add((stage, elapsed));
            _jit.Add((jit, methods));
            return;
        }

        _stages.Add((stage, _stages[earlier].Elapsed + elapsed));
        _jit.Add((_jit[earlier].Time + jit, _jit[earlier].Methods + methods));
        _stages.RemoveAt(earlier);
        _jit.RemoveAt(earlier);
    }
}

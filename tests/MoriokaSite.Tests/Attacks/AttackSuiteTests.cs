using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using System.Text;
using Xunit.Abstractions;

namespace MoriokaSite.Tests.Attacks;

/// <summary>
/// Every case of tests/attacks (broken encodings, hostile Markdown, links out of the site, huge inputs, files
/// that are not files, …) run through the command line in this process, two at a time, with a table of how
/// each ended. Rerun alone with <c>bash tests/attacks/run.sh</c>.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class AttackSuiteTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_attack_ends_as_its_case_says_with_a_diagnostic_and_never_a_stack_trace()
    {
        var cases = AttackCase.All();
        Assert.True(cases.Count >= 50, $"Only {cases.Count} cases were found in {AttackCase.Folder}.");
        var clock = Stopwatch.StartNew();
        var outcomes = new AttackOutcome[cases.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (i, _) =>
        {
            try
            {
                outcomes[i] = await cases[i].RunAsync();
            }
            catch (Exception e)
            {
                outcomes[i] = new AttackOutcome(cases[i].Name, -1, [], TimeSpan.Zero, [$"the case itself failed: {e.GetType().Name}: {e.Message}"]);
            }
        });

        output.WriteLine(Table(outcomes, clock.Elapsed));
        var failed = outcomes.Where(o => !o.Passed).Select(o => $"{o.Case}: {string.Join("; ", o.Problems)}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }

    private static string Table(IReadOnlyList<AttackOutcome> outcomes, TimeSpan total)
    {
        var width = outcomes.Max(o => o.Case.Length);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"case".PadRight(width)}  result  exit  time     codes");
        foreach (var o in outcomes)
        {
            var result = o.Skipped is not null ? "skip" : o.Passed ? "ok" : "FAIL";
            var detail = o.Skipped ?? string.Join(" ", o.Codes) + (o.Passed ? string.Empty : "  <- " + string.Join("; ", o.Problems));
            table.AppendLine(CultureInfo.InvariantCulture, $"{o.Case.PadRight(width)}  {result,-6}  {o.Status,4}  {o.Elapsed.TotalSeconds,5:0.00} s  {detail}");
        }

        table.Append(CultureInfo.InvariantCulture, $"{outcomes.Count} cases, {outcomes.Count(o => o.Passed && o.Skipped is null)} ok, {outcomes.Count(o => o.Skipped is not null)} skipped, {outcomes.Count(o => !o.Passed)} failed, in {total.TotalSeconds:0.0} s");
        return table.ToString();
    }
}

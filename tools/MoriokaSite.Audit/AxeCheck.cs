using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace MoriokaSite.Audit;

/// <summary>
/// axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules on a page: JIS X 8341-3 level AA as far as a machine can
/// tell. axe is loaded into each page from a server of its own, so that the browser compiles it once for the
/// whole audit rather than once a page.
/// </summary>
public sealed class AxeCheck : IDisposable
{
    public const string Id = "axe";

    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    private const string Run = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
        }
        """;

    private readonly LocalServer _script = LocalServer.ForScript("axe.min.js", Encoding.UTF8.GetBytes(new BundledAxeScriptProvider().GetScript()));

    /// <summary>"axe-core 4.14.0", read from the script itself once a page has loaded it.</summary>
    public string Tool { get; private set; } = "axe-core";

    /// <summary>The violations on the page the tab shows now, one finding per rule with the first elements it names.</summary>
    public async Task<IReadOnlyList<Finding>> CheckAsync(IPage page, string pagePath)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = _script.Origin + "/axe.min.js" });
        if (Tool == "axe-core")
        {
            Tool = "axe-core " + await page.EvaluateAsync<string>("() => axe.version");
        }

        var violations = await page.EvaluateAsync<JsonElement>(Run, WcagTags);
        return violations.EnumerateArray().Select(v =>
        {
            var targets = v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList();
            var where = string.Join(" | ", targets.Take(3)) + (targets.Count > 3 ? $" … ({targets.Count})" : string.Empty);
            return new Finding(Id, pagePath, $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) {v.GetProperty("help").GetString()} — {where}");
        }).ToList();
    }

    public void Dispose() => _script.Dispose();
}

using System.Text;
using MoriokaSite.Model;

namespace MoriokaSite.Charts;

/// <summary>
/// How a stage (既存・計画・検討) is drawn: a fill and a pattern each, so that the stages differ without colour
/// too (solid, stripes, dots), and every segment has a dark outline, which keeps its edge at AA contrast.
/// </summary>
internal static class StatusFills
{
    /// <summary>The patterns one chart uses. Ids carry the chart's prefix: two charts on a page must not share an id.</summary>
    public static string Definitions(string prefix)
    {
        var defs = new StringBuilder();
        defs.Append("<defs>");
        defs.Append($"<pattern id=\"{prefix}-planned\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"fill-planned\"/><rect width=\"2.5\" height=\"6\" class=\"ink\"/></pattern>");
        defs.Append($"<pattern id=\"{prefix}-considering\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" class=\"fill-considering\"/><circle cx=\"3\" cy=\"3\" r=\"1.2\" class=\"ink\"/></pattern>");
        defs.Append("</defs>");
        return defs.ToString();
    }

    public static string Fill(string prefix, Status status) => status switch
    {
        Status.Existing => "class=\"seg seg-existing\"",
        Status.Planned => $"fill=\"url(#{prefix}-planned)\" class=\"seg seg-planned\"",
        _ => $"fill=\"url(#{prefix}-considering)\" class=\"seg seg-considering\"",
    };

    /// <summary>A legend: each stage's swatch and its label from data/statuses.csv.</summary>
    public static string Legend(string prefix, IReadOnlyList<StatusLabel> statuses, double y)
    {
        var legend = new StringBuilder();
        var x = 0.0;
        foreach (var status in statuses)
        {
            legend.Append($"<rect x=\"{Svg.Number(x)}\" y=\"{Svg.Number(y)}\" width=\"18\" height=\"14\" {Fill(prefix, status.Status)}/>");
            legend.Append($"<text x=\"{Svg.Number(x + 23)}\" y=\"{Svg.Number(y + 12)}\" class=\"legend\">{Svg.Text(status.Short)}</text>");
            x += 36 + (status.Short.Length * 15);
        }

        return legend.ToString();
    }
}

using System.Text;
using MoriokaSite.Model;

namespace MoriokaSite.Charts;

/// <summary>
/// Projects per field split by stage, as horizontal stacked bars: each field's name and total on one line and
/// its bar below, so that it reads at 320 px. Every number is the summary table's; the table stays beside it.
/// </summary>
public static class StackedBars
{
    public sealed record Bar(string Slug, string Label, SummaryTable.Counts Counts);

    public sealed record Group(string Heading, IReadOnlyList<Bar> Bars);

    private const double Width = 360;
    private const double BarHeight = 22;

    /// <param name="prefix">The chart's id on its page, which prefixes its patterns' ids.</param>
    /// <param name="captionId">The id of the caption that names the chart (role="img" takes its name from there).</param>
    public static string Draw(string prefix, string captionId, IReadOnlyList<Group> groups, IReadOnlyList<StatusLabel> statuses, CountText count)
    {
        var max = Math.Max(1, groups.SelectMany(g => g.Bars).Max(b => (int?)b.Counts.Total) ?? 1);
        var body = new StringBuilder();
        var y = 30.0;
        foreach (var group in groups)
        {
            if (group.Heading.Length > 0)
            {
                y += 18;
                y = ChartLabel.Write(body, "group", group.Heading, null, string.Empty, Width, y);
                y += 8;
            }

            foreach (var bar in group.Bars)
            {
                y += 18;
                body.Append($"<g class=\"bar\" data-key=\"{Svg.Text(bar.Slug)}\">");
                y = ChartLabel.Write(body, "label", bar.Label, count.Svg(bar.Counts.Total, "total"), count.Plain(bar.Counts.Total), Width, y);
                y += 5;
                Segments(body, prefix, bar.Counts, y, (Width - 2) / max);
                body.Append("</g>");
                y += BarHeight + 4;
            }
        }

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" viewBox=\"0 0 {Svg.Number(Width)} {Svg.Number(y + 4)}\" role=\"img\" aria-labelledby=\"{captionId}\">");
        svg.Append(StatusFills.Definitions(prefix));
        svg.Append(StatusFills.Legend(prefix, statuses, 4)); // Room above: a text's box reaches above its letters.
        svg.Append(body);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Segments(StringBuilder body, string prefix, SummaryTable.Counts counts, double y, double unit)
    {
        var x = 1.0;
        foreach (var status in Enum.GetValues<Status>())
        {
            var count = counts[status];
            if (count == 0)
            {
                continue;
            }

            var width = count * unit;
            body.Append($"<rect x=\"{Svg.Number(x)}\" y=\"{Svg.Number(y)}\" width=\"{Svg.Number(width)}\" height=\"{Svg.Number(BarHeight)}\" {StatusFills.Fill(prefix, status)}/>");

            // A number that does not fit its segment is left to the table and the total: a cut-off digit misleads.
            if (width >= (count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length * 9) + 6)
            {
                var key = Model.Labels.StatusKeys.First(k => k.Status == status).Key;
                body.Append($"<text x=\"{Svg.Number(x + (width / 2))}\" y=\"{Svg.Number(y + 16)}\" class=\"count count-{key}\" data-status=\"{key}\">{count}</text>");
            }

            x += width;
        }
    }
}

using System.Text;

namespace MoriokaSite.Charts;

/// <summary>One number per row as a plain bar (a field's towns): the label and the number on a line, the bar below.</summary>
public static class CountBars
{
    public sealed record Bar(string Key, string Label, int Count);

    private const double Width = 360;

    public static string Draw(string captionId, IReadOnlyList<Bar> bars, CountText count)
    {
        var max = Math.Max(1, bars.Max(b => (int?)b.Count) ?? 1);
        var body = new StringBuilder();
        var y = 0.0;
        foreach (var bar in bars)
        {
            y += 18;
            body.Append($"<g class=\"bar\" data-key=\"{Svg.Text(bar.Key)}\">");
            y = ChartLabel.Write(body, "label", bar.Label, count.Svg(bar.Count, "total"), count.Plain(bar.Count), Width, y);
            y += 5;
            if (bar.Count > 0)
            {
                body.Append($"<rect x=\"1\" y=\"{Svg.Number(y)}\" width=\"{Svg.Number(bar.Count * (Width - 2) / max)}\" height=\"14\" class=\"seg seg-existing\"/>");
            }

            body.Append("</g>");
            y += 20;
        }

        return $"<svg class=\"chart\" viewBox=\"0 0 {Svg.Number(Width)} {Svg.Number(y + 2)}\" role=\"img\" aria-labelledby=\"{captionId}\">{body}</svg>";
    }
}

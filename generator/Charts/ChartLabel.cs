using System.Text;
using MoriokaSite.Text;

namespace MoriokaSite.Charts;

/// <summary>
/// A chart's label set on as many lines as it needs: an SVG text does not wrap, and a field's full name
/// (「産学金官民一体となった経済戦略の策定、…」) runs past the chart's edge and hides its count. Lines break where
/// Japanese allows (<see cref="JapaneseLines"/>); the count stays whole, on the last line or a line of its own.
/// </summary>
internal static class ChartLabel
{
    /// <summary>A chart's text is 13 units high in a 360-unit-wide picture (the theme's .chart text).</summary>
    public const double FontSize = 13;

    public const double LineHeight = 17;

    /// <summary>Writes the label's lines, the first with its baseline at <paramref name="y"/>; returns the last line's baseline.</summary>
    public static double Write(StringBuilder body, string cssClass, string label, string? countSvg, string countPlain, double width, double y)
    {
        var maxEms = (width - 2) / FontSize;
        var lines = JapaneseLines.Wrap(label, maxEms).ToList();
        var countOnOwnLine = countSvg is not null && JapaneseLines.Width(lines[^1] + " " + countPlain) > maxEms;
        for (var i = 0; i < lines.Count; i++)
        {
            var last = i == lines.Count - 1;
            var count = last && countSvg is not null && !countOnOwnLine ? " " + countSvg : string.Empty;
            body.Append($"<text x=\"0\" y=\"{Svg.Number(y)}\" class=\"{cssClass}\">{Svg.Text(lines[i])}{count}</text>");
            if (!last || countOnOwnLine)
            {
                y += LineHeight;
            }
        }

        if (countOnOwnLine)
        {
            body.Append($"<text x=\"0\" y=\"{Svg.Number(y)}\" class=\"{cssClass}\">{countSvg}</text>");
        }

        return y;
    }
}

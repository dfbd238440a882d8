namespace MoriokaSite.Charts;

/// <summary>
/// A count as the charts write it, in the theme's wording for a number of projects (strings.json's
/// count.projects, "{count}事業"): the words around the number as text, the number in a tspan of its own so
/// that the style can set it apart.
/// </summary>
/// <param name="Before">The wording before the number, as written in the theme.</param>
/// <param name="After">The wording after it.</param>
public sealed record CountText(string Before, string After)
{
    /// <summary>The count as plain text (107事業): what the map measures its labels by.</summary>
    public string Plain(int count) => $"{Before}{count}{After}";

    public string Svg(int count, string numberClass) =>
        $"{Charts.Svg.Text(Before)}<tspan class=\"{numberClass}\">{count}</tspan>{Charts.Svg.Text(After)}";
}

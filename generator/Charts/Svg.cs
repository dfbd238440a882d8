using System.Globalization;
using System.Net;

namespace MoriokaSite.Charts;

/// <summary>What every chart writes the same way: text escaped, numbers in invariant culture with one decimal at most.</summary>
internal static class Svg
{
    public static string Text(string value) => WebUtility.HtmlEncode(value);

    /// <summary>One decimal keeps the pages small and the output identical on every machine.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}

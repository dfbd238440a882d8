using System.Globalization;

namespace MoriokaSite.Text;

/// <summary>
/// A date written as a wording's pattern says (.NET's custom date format): in the Japanese era when the pattern
/// names the era (g: 平成27年11月24日, as the source and most municipal documents write dates), in the Western
/// calendar otherwise (yyyy年M月d日).
/// </summary>
public static class EraDate
{
    private static readonly CultureInfo Era = Culture(new JapaneseCalendar());
    private static readonly CultureInfo Western = Culture(new GregorianCalendar());

    /// <exception cref="FormatException">A pattern .NET cannot write a date with: the wording's loader reports it first.</exception>
    public static string Format(DateOnly date, string pattern) =>
        date.ToString(pattern.Length == 1 ? "%" + pattern : pattern, pattern.Contains('g', StringComparison.Ordinal) ? Era : Western);

    private static CultureInfo Culture(Calendar calendar)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = calendar;
        return culture;
    }
}

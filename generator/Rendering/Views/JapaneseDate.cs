using System.Globalization;

namespace MoriokaSite.Rendering.Views;

/// <summary>Dates as the source writes them, in the Japanese era (平成27年11月24日): the site speaks of its data's time in the source's terms.</summary>
public static class JapaneseDate
{
    private static readonly CultureInfo Japanese = JapaneseCulture();

    public static string Format(DateOnly date) => date.ToString("gy年M月d日", Japanese);

    private static CultureInfo JapaneseCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return culture;
    }
}

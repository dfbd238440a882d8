using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Rendering.Charts;
using MoriokaSite.Rendering.Views;

namespace MoriokaSite.Rendering;

/// <summary>
/// The theme's page wording (<see cref="ThemeStrings"/>) filled with the region's facts, which come from
/// site.json and data/: the wording is the theme's, the names and numbers are the region's.
/// </summary>
public sealed class PageWords(ThemeStrings strings, SiteModel site)
{
    private readonly Dictionary<string, string> _facts = new(StringComparer.Ordinal)
    {
        ["kinds"] = site.Region.Kinds,
        ["allTowns"] = site.Region.AllTowns,
        ["asOf"] = JapaneseDate.Format(site.Config.Updated),
        ["region"] = site.Config.Region,
        ["centralCity"] = site.Region.CentralCity?.Name ?? string.Empty,
    };

    /// <summary>The text of <paramref name="key"/>, with the region's facts and <paramref name="values"/> filled in.</summary>
    public string this[string key, params (string Name, string Value)[] values]
    {
        get
        {
            var all = new Dictionary<string, string>(_facts, StringComparer.Ordinal);
            foreach (var (name, value) in values)
            {
                all[name] = value;
            }

            return strings.Fill(key, all);
        }
    }

    /// <summary>The wording of count.projects around its number, for the charts, which set the number apart.</summary>
    public CountText ProjectCountText()
    {
        const string Mark = "\u0000";
        var parts = this["count.projects", ("count", Mark)].Split(Mark);
        return new CountText(parts[0], string.Join(string.Empty, parts.Skip(1)));
    }

    /// <summary>A count of projects as the site writes it everywhere: N事業, or なし.</summary>
    public string Projects(int count) => count == 0 ? this["count.none"] : this["count.projects", ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}

namespace MoriokaSite.Loading;

/// <summary>
/// The page wording the generator asks a theme for (themes/NAME/strings.json), and the placeholders each
/// text may use. The region's facts may appear in any text; the others only where the page has them.
/// This is the contract between the generator and a theme's wording, so it is checked when the file is read.
/// </summary>
public static class ThemeStringKeys
{
    /// <summary>
    /// Facts of the region every text may use: 市町 or 市町村 ({kinds}), 8市町 ({allTowns}), the data's date
    /// ({asOf}), the region's name ({region}), and the central city ({centralCity}).
    /// </summary>
    public static readonly IReadOnlyList<string> RegionFacts = ["kinds", "allTowns", "asOf", "region", "centralCity"];

    /// <summary>Each key, in the file's order, with the placeholders that only its page can fill.</summary>
    public static readonly IReadOnlyList<(string Key, string[] Placeholders)> Keys =
    [
        ("nav.projects", []),
        ("nav.towns", []),
        ("nav.data", []),
        ("crumb.home", []),
        ("count.projects", ["count"]),
        ("count.none", []),
        ("table.named", ["heading"]),
        ("table.unnamed", []),
        ("towns.title", []),
        ("towns.crumb", []),
        ("towns.description", []),
        ("field.description", ["field", "projects"]),
        ("town.description", ["town", "projects"]),
        ("townAgreement.title", ["town", "agreement"]),
        ("projects.title", []),
        ("projects.description", ["projects"]),
        ("project.description", ["field", "project"]),
        ("search.title", []),
        ("search.description", ["projects"]),
        ("data.title", []),
        ("data.description", ["projects"]),
        ("notFound.title", []),
        ("notFound.description", []),
    ];

    /// <summary>The placeholders <paramref name="key"/> may use: the region's facts and its own.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string key) =>
        [.. RegionFacts, .. Keys.Single(k => k.Key == key).Placeholders];
}

using System.Globalization;
using CsvHelper;
using MoriokaSite.Config;
using MoriokaSite.Pipeline;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// tests/fixtures/second-region, an invented 連携中枢都市圏, with the repository's own theme copied next to it:
/// the generator follows no link out of a site's folder, so the theme is copied, as the fixture's README says.
/// </summary>
public sealed class SecondRegion : IDisposable
{
    public const string FixturePath = "tests/fixtures/second-region";

    /// <summary>Words of the real region's data: a page of the second region that says one leaks the real site.</summary>
    public static readonly string[] MoriokaWords = ["盛岡", "8市町", "八幡平", "滝沢", "雫石", "葛巻", "岩手町", "紫波", "矢巾", "morioka"];

    private readonly TempFolder _folder = new();

    public SecondRegion()
    {
        Morioka2015.CopyFolder(Path.Combine(Repository.Root, FixturePath), Root);
        Morioka2015.CopyFolder(Path.Combine(Repository.Root, "themes"), Path.Combine(Root, "themes"));
    }

    /// <summary>The site's folder: the fixture and the theme.</summary>
    public string Root => _folder["site"];

    public static string Fixture(string relative) => Path.Combine(Repository.Root, FixturePath, relative);

    /// <summary>A data file of the fixture read with CsvHelper, apart from the generator: what the pages must show.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string dataFile)
    {
        using var reader = new StreamReader(Fixture(dataFile));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!, StringComparer.Ordinal));
        }

        return rows;
    }

    public async Task<BuildResult> BuildAsync(string output, string? baseUrl = null)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Root, output, baseUrl is null ? null : BaseUrl.Parse(baseUrl)));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }

    public void Dispose() => _folder.Dispose();
}

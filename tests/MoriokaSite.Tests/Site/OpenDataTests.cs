using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using MoriokaSite.Tests.Support;
using NJsonSchema;

namespace MoriokaSite.Tests.Site;

/// <summary>The open data holds the 107 projects exactly as the data has them, in every download.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class OpenDataTests(BuiltSites sites)
{
    private static readonly string[] TownOrder = ["morioka", "hachimantai", "takizawa", "shizukuishi", "kuzumaki", "iwate", "shiwa", "yahaba"];
    private static readonly Dictionary<string, string> TagKeys = new() { ["新規"] = "new", ["拡充"] = "expanded", ["経済戦略"] = "economic-strategy", ["専門部会"] = "expert-committee" };

    private string Output(string path) => Path.Combine(sites.SubPathBuild, path);

    [Fact]
    public void The_json_holds_107_projects_that_match_the_csv()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Output("data/projects.json")));
        var projects = json.RootElement.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(107, projects.Count);
        foreach (var (entry, source) in projects.Zip(SourceProject.All))
        {
            Assert.Equal(source.Id, entry.GetProperty("id").GetString());
            Assert.Equal(source.Name, entry.GetProperty("name").GetString());
            Assert.Equal(source.Summary, entry.GetProperty("summary").GetString());
            Assert.Equal(source.Field, entry.GetProperty("field").GetString());
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("fieldName").GetString()));
            Assert.Equal(source.StatusKey, entry.GetProperty("status").GetString());
            Assert.Equal(source.TownSlugList.Order(), entry.GetProperty("towns").EnumerateArray().Select(t => t.GetString()!).Order());
            Assert.Equal(source.Tags.Split('、', StringSplitOptions.RemoveEmptyEntries).Select(t => TagKeys[t]).Order(), entry.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).Order());
            Assert.Equal(source.AlsoIn.Split('、', StringSplitOptions.RemoveEmptyEntries), entry.GetProperty("alsoIn").EnumerateArray().Select(t => t.GetString()!));
            Assert.Equal($"{BuiltSites.SubPathUrl}projects/{source.Id}/", entry.GetProperty("url").GetString());
        }
    }

    [Fact]
    public async Task The_json_validates_against_its_schema_and_the_schema_refuses_what_the_contract_does_not_allow()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Output("data/projects.schema.json")));
        var text = File.ReadAllText(Output("data/projects.json"));
        Assert.Empty(schema.Validate(text));

        var broken = JsonNode.Parse(text)!;
        broken["projects"]![0]!["status"] = "finished";
        broken["projects"]![1]!["towns"] = new JsonArray("morioka", "tokyo");
        broken["projects"]![2]!.AsObject().Remove("url");
        var errors = schema.Validate(broken.ToJsonString());
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void The_csv_starts_with_a_byte_order_mark_for_excel_and_reads_back_to_the_same_projects()
    {
        var bytes = File.ReadAllBytes(Output("data/projects.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(SourceProject.All.Select(Expected), ReadCsv("data/projects.csv"));
    }

    [Fact]
    public void Each_field_and_town_csv_reads_back_to_exactly_its_projects()
    {
        foreach (var field in SourceProject.All.Select(p => p.Field).Distinct())
        {
            var expected = SourceProject.All.Where(p => p.Field == field || p.AlsoIn == field).Select(Expected);
            Assert.Equal(expected, ReadCsv($"data/fields/{field}.csv"));
        }

        foreach (var town in TownOrder)
        {
            var expected = SourceProject.All.Where(p => p.TownSlugList.Contains(town)).Select(Expected);
            Assert.Equal(expected, ReadCsv($"data/towns/{town}.csv"));
        }
    }

    [Fact]
    public void Field_and_town_pages_link_their_own_download()
    {
        var field = BuiltSites.Parse(Output("fields/welfare/index.html"));
        Assert.NotNull(field.QuerySelector("a[href='/MoriokaSite/data/fields/welfare.csv']"));
        var town = BuiltSites.Parse(Output("towns/kuzumaki/index.html"));
        Assert.NotNull(town.QuerySelector("a[href='/MoriokaSite/data/towns/kuzumaki.csv']"));
    }

    [Fact]
    public void The_data_page_describes_every_column_and_says_the_licence_is_not_decided()
    {
        var doc = BuiltSites.Parse(Output("data/index.html"));
        var keys = doc.QuerySelectorAll("#columns ~ table code, section[aria-labelledby=columns] code").Select(c => c.TextContent).ToList();
        Assert.Equal(["id", "name", "summary", "field", "fieldName", "status", "towns", "tags", "alsoIn", "url"], keys);
        // site.json names no licence: the source grants none, so the page claims none.
        Assert.Contains("まだ決まっていません", doc.QuerySelector("section[aria-labelledby=license]")!.TextContent);
        Assert.DoesNotContain("CC BY", doc.QuerySelector("main")!.TextContent);
        Assert.Equal(17 + 8, doc.QuerySelectorAll("section[aria-labelledby=by-field] a, section[aria-labelledby=by-town] a").Length);
    }

    private static (string, string, string, string, string, string, string) Expected(SourceProject p) =>
        (p.Id, p.Name, p.Summary, p.Field, p.StatusKey, string.Join(';', p.TownSlugList.OrderBy(t => Array.IndexOf(TownOrder, t))), p.AlsoIn);

    private List<(string, string, string, string, string, string, string)> ReadCsv(string path)
    {
        var bytes = File.ReadAllBytes(Output(path));
        using var csv = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes[3..])), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<(string, string, string, string, string, string, string)>();
        while (csv.Read())
        {
            rows.Add((csv.GetField("id")!, csv.GetField("name")!, csv.GetField("summary")!, csv.GetField("field")!, csv.GetField("status")!, csv.GetField("towns")!, csv.GetField("alsoIn")!));
        }

        return rows;
    }
}

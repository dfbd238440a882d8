using System.Globalization;
using System.Text.Json;
using CsvHelper;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>/data/projects.json and /data/projects.csv hold the 107 projects exactly as the data has them.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class OpenDataTests(BuiltSites sites)
{
    private static readonly Dictionary<string, string> TagKeys = new() { ["新規"] = "new", ["拡充"] = "expanded", ["経済戦略"] = "economic-strategy", ["専門部会"] = "expert-committee" };

    [Fact]
    public void The_json_holds_107_projects_that_match_the_csv()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sites.SubPathBuild, "data/projects.json")));
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
    public void The_csv_starts_with_a_byte_order_mark_for_excel_and_reads_back_to_the_same_projects()
    {
        var bytes = File.ReadAllBytes(Path.Combine(sites.SubPathBuild, "data/projects.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var csv = new CsvReader(new StringReader(System.Text.Encoding.UTF8.GetString(bytes[3..])), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<(string Id, string Name, string Summary, string Towns)>();
        while (csv.Read())
        {
            rows.Add((csv.GetField("id")!, csv.GetField("name")!, csv.GetField("summary")!, csv.GetField("towns")!));
        }

        Assert.Equal(SourceProject.All.Select(p => (p.Id, p.Name, p.Summary, string.Join(';', p.TownSlugList.OrderBy(t => Array.IndexOf(["morioka", "hachimantai", "takizawa", "shizukuishi", "kuzumaki", "iwate", "shiwa", "yahaba"], t))))), rows);
    }
}

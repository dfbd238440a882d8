using System.Globalization;
using CsvHelper;

namespace MoriokaSite.Tests.Support;

/// <summary>The frozen 2015 data/projects.csv read independently of the generator: what the pages and exports must show.</summary>
public sealed record SourceProject(string Id, string Name, string Summary, string Field, string Status, string Towns, string Tags, string AlsoIn)
{
    private static readonly string[] AllSlugs = ["morioka", "hachimantai", "takizawa", "shizukuishi", "kuzumaki", "iwate", "shiwa", "yahaba"];

    private static readonly Dictionary<string, string> TownSlugs = new()
    {
        ["盛岡市"] = "morioka",
        ["八幡平市"] = "hachimantai",
        ["滝沢市"] = "takizawa",
        ["雫石町"] = "shizukuishi",
        ["葛巻町"] = "kuzumaki",
        ["岩手町"] = "iwate",
        ["紫波町"] = "shiwa",
        ["矢巾町"] = "yahaba",
    };

    public static IReadOnlyList<SourceProject> All { get; } = Read();

    public IReadOnlyList<string> TownSlugList => Towns == "8市町" ? AllSlugs : Towns.Split('、').Select(t => TownSlugs[t]).ToList();

    public string StatusKey => Status switch { "既存" => "existing", "計画" => "planned", _ => "considering" };

    private static List<SourceProject> Read()
    {
        using var reader = new StreamReader(Morioka2015.Fixture("data/projects.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var list = new List<SourceProject>();
        while (csv.Read())
        {
            list.Add(new SourceProject(csv.GetField("ID")!, csv.GetField("事業名")!, csv.GetField("事業概要")!, csv.GetField("分野")!,
                csv.GetField("区分")!, csv.GetField("関係市町")!, csv.GetField("タグ")!, csv.GetField("再掲分野")!));
        }

        return list;
    }
}

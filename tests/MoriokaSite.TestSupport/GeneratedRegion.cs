using System.Globalization;
using System.Text;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// An invented region of any number of towns (and tags), written as a whole site beside a copy of the repository's
/// theme: for the tests that a region of 31, 32, 34 or 60 towns builds, searches and draws its map as one of 8 does.
/// Every file is made from the count alone, the same every time: town names from two lists of kanji, positions
/// from a fixed sequence, clustered as real towns are around their city. Its projects take every shape of towns:
/// all of them, one, a run of neighbours, every third, always reaching the last towns (positions past 31).
/// </summary>
public sealed class GeneratedRegion : IDisposable
{
    private static readonly (string Kanji, string Reading, string Slug)[] Heads =
    [
        ("青", "あお", "ao"), ("赤", "あか", "aka"), ("白", "しろ", "shiro"), ("黒", "くろ", "kuro"), ("北", "きた", "kita"), ("南", "みなみ", "minami"),
        ("東", "ひがし", "higashi"), ("西", "にし", "nishi"), ("上", "かみ", "kami"), ("下", "しも", "shimo"), ("中", "なか", "naka"), ("大", "おお", "oo"),
        ("小", "こ", "ko"), ("高", "たか", "taka"), ("新", "しん", "shin"), ("古", "ふる", "furu"),
    ];

    private static readonly (string Kanji, string Reading, string Slug)[] Tails =
    [
        ("川", "かわ", "kawa"), ("山", "やま", "yama"), ("田", "た", "ta"), ("野", "の", "no"), ("原", "はら", "hara"),
        ("沢", "さわ", "sawa"), ("森", "もり", "mori"), ("浜", "はま", "hama"), ("谷", "や", "ya"), ("島", "じま", "jima"),
    ];

    private static readonly string[] Fields = ["industry", "tourism", "welfare", "transport"];

    private readonly TempFolder _folder = new();
    private readonly bool _crowded;

    /// <param name="towns">How many towns: the first is the central city, then cities, towns and, from the sixth on, some villages.</param>
    /// <param name="tags">How many tags the projects may carry.</param>
    /// <param name="crowded">Two towns in three close round the city and the rest far out, as around a big city: the map's hardest case.</param>
    public GeneratedRegion(int towns, int tags = 4, bool crowded = false)
    {
        _crowded = crowded;
        TownCount = towns;
        TagCount = tags;
        Morioka2015.CopyFolder(Path.Combine(Repository.Root, "themes"), Path.Combine(Root, "themes"));
        Write("site.json", SiteJson());
        Write("data/towns.csv", TownsCsv());
        Write("data/town-positions.csv", PositionsCsv());
        Write("data/tags.csv", "ID,表示名,説明,表示順\n" + string.Concat(Enumerable.Range(1, tags).Select(i => $"tag{i},印{i},試験用の印{i}の事業,{i}\n")));
        Write("data/statuses.csv", "ID,表示名,見出し\nexisting,既存,既存事業\nplanned,計画,実施を計画する事業\nconsidering,検討,今後検討する事業\n");
        Write("data/pillars.csv", "ID,名称,上位,表示順\neconomy,経済成長のけん引,,1\nservices,生活関連機能サービスの向上,,2\n");
        Write("data/projects.csv", ProjectsCsv());
        for (var i = 0; i < Fields.Length; i++)
        {
            Write($"content/fields/{Fields[i]}.md", $"---\nslug: {Fields[i]}\ntitle: 分野{i + 1}\npillar: {(i < 2 ? "economy" : "services")}\norder: {i + 1}\n---\n\n## 取組内容\n\n試験用の分野です。\n");
        }

        Write("content/index.md", $"---\ntitle: 試験用の{towns}市町村の圏域\ndescription: 試験のために作った圏域です。\nlinkTitle: トップ\nmenu: main\nweight: 10\n---\n\n試験用の圏域です。\n");
        Write("content/agreement.md", "---\ntitle: 連携協約\ndescription: 試験用の連携協約です。\nlayout: Agreement\nplaceholder: 〇〇市町村\nmenu: main\nweight: 40\n---\n\n中心市及び〇〇市町村の連携協約。\n");
        Write("content/accessibility.md", "---\ntitle: アクセシビリティ方針\ndescription: 試験用の方針です。\nlayout: Accessibility\nmenu: footer\n---\n\n試験用の方針です。\n");
    }

    /// <summary>The site's folder: the generated files and the theme.</summary>
    public string Root => _folder["site"];

    public int TownCount { get; }

    public int TagCount { get; }

    /// <summary>The kinds of its towns, as the source writes them for all of them: 市 for three, 市町村 from six on.</summary>
    public string Kinds => string.Concat(new[] { "市", "町", "村" }.Where(k => Towns.Any(t => t.Kind == k)));

    /// <summary>Each town as data/towns.csv gives it, in display order.</summary>
    public IReadOnlyList<(string Slug, string Name, string Reading, string Kind)> Towns => Enumerable.Range(0, TownCount).Select(Town).ToList();

    public void Dispose() => _folder.Dispose();

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private static (string Slug, string Name, string Reading, string Kind) Town(int i)
    {
        var (head, tail) = (Heads[i % Heads.Length], Tails[(i / Heads.Length + i) % Tails.Length]);
        var kind = i < 3 ? "市" : i % 5 == 0 ? "村" : "町";
        var kindReading = kind switch { "市" => "し", "村" => "むら", _ => "まち" };
        return ($"{head.Slug}{tail.Slug}", head.Kanji + tail.Kanji + kind, head.Reading + tail.Reading + kindReading, kind);
    }

    private string SiteJson() => $$"""
        {
          "title": "試験用の{{TownCount}}市町村の圏域ビジョン",
          "description": "試験のために作った、{{TownCount}}の市町村の架空の圏域です。",
          "language": "ja",
          "baseUrl": "/",
          "theme": "default",
          "publisher": "",
          "source": "試験用の架空の資料",
          "region": "試験圏域",
          "updated": "2030-04-01",
          "license": "",
          "licenseUrl": "",
          "contact": "試験用",
          "contactPhone": "",
          "contactEmail": "",
          "cname": ""
        }
        """;

    private string TownsCsv() =>
        "ID,名称,よみ,種別,表示順,中心市\n" + string.Concat(Towns.Select((t, i) => $"{t.Slug},{t.Name},{t.Reading},{t.Kind},{i + 1},{(i == 0 ? "○" : string.Empty)}\n"));

    /// <summary>The central city in the middle, the others around it, nearer ones first, as towns gather around a city.</summary>
    private string PositionsCsv()
    {
        var rows = new StringBuilder("ID,緯度,経度\n");
        var seed = 12345u;
        double Next() => (seed = (seed * 1103515245u) + 12345u) / (double)uint.MaxValue;
        for (var i = 0; i < TownCount; i++)
        {
            var reach = _crowded && i < TownCount * 2 / 3 ? 0.04 : 0.5;
            var distance = i == 0 ? 0 : (0.1 * reach) + (reach * Math.Sqrt(i / (double)TownCount)) + (0.1 * reach * Next());
            var angle = (i * 2.39996) + Next(); // the golden angle: around the city, no two in a line
            var latitude = 39.7 + (distance * Math.Sin(angle));
            var longitude = 141.1 + (distance * 1.3 * Math.Cos(angle));
            rows.Append(CultureInfo.InvariantCulture, $"{Town(i).Slug},{latitude:0.0000},{longitude:0.0000}\n");
        }

        return rows.ToString();
    }

    private string ProjectsCsv()
    {
        var rows = new StringBuilder("ID,事業名,事業概要,分野,区分,関係市町,タグ,再掲分野\n");
        var count = Math.Max(24, TownCount * 2);
        for (var k = 0; k < count; k++)
        {
            var towns = TownsOf(k);
            var cell = towns.Count == TownCount ? (k % 8 == 0 ? $"全{Kinds}" : $"{TownCount}{Kinds}") : string.Join("、", towns.Select(i => Town(i).Name));
            var tags = string.Join("、", new[] { k % TagCount, (k * 7) % TagCount }.Distinct().Where(_ => k % 3 != 0).Select(t => $"印{t + 1}"));
            var status = new[] { "既存", "計画", "検討" }[k % 3];
            var summary = $"{Town(k % TownCount).Name}を中心に、観光と交流の取組を進める試験用の事業{k + 1}です。";
            rows.Append(CultureInfo.InvariantCulture, $"p{k + 1:D3},試験事業{k + 1},\"{summary}\",{Fields[k % Fields.Length]},{status},\"{cell}\",\"{tags}\",\n");
        }

        return rows.ToString();
    }

    /// <summary>A project's towns by position: all, one, a run of neighbours, or every third with the last towns.</summary>
    public List<int> TownsOf(int project) => (project % 4) switch
    {
        0 => [.. Enumerable.Range(0, TownCount)],
        1 => [project % TownCount],
        2 => [.. Enumerable.Range(project % TownCount, Math.Min(2 + (project % 5), TownCount - (project % TownCount)))],
        _ => [.. Enumerable.Range(0, TownCount).Where(i => i % 3 == project % 3 || i >= TownCount - 2)],
    };
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;

namespace MoriokaSite.Benchmarks;

/// <summary>
/// Writes a Hugo site equivalent to ours from the same data: a content file per project, term pages
/// for the fields and towns (Hugo taxonomies), the project list, and the JSON export; the minimal
/// templates under hugo/layouts produce the same pages.
/// </summary>
public static class HugoSite
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, string> Statuses = new() { ["既存"] = "existing", ["計画"] = "planned", ["検討"] = "considering" };

    public static void Write(string siteRoot, string target, string layouts)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        var towns = ReadCsv(Path.Combine(siteRoot, "data/towns.csv"));
        var allTowns = towns.Select(t => t["ID"]).ToList();
        var townSlugs = towns.ToDictionary(t => t["名称"], t => t["ID"]);
        WriteFile(target, "hugo.toml", """
            baseURL = "https://example.github.io/MoriokaSite/"
            languageCode = "ja"
            title = "盛岡広域連携中枢都市圏ビジョン"
            disableKinds = ["RSS", "taxonomy"]
            ignoreErrors = ["error-disable-taxonomy"]
            [taxonomies]
              field = "fields"
              town = "towns"
            [outputs]
              home = ["HTML", "JSON"]
            """);
        WriteFile(target, "content/_index.md", "---\ntitle: 盛岡広域連携中枢都市圏ビジョン\n---\n" + File.ReadAllText(Path.Combine(siteRoot, "content/index.md")).Split("---", 3)[2]);
        WriteFile(target, "content/projects/_index.md", "---\ntitle: 事業一覧\n---\n");
        foreach (var town in towns)
        {
            WriteFile(target, $"content/towns/{town["ID"]}/_index.md", $"---\ntitle: {town["名称"]}\n---\n");
        }

        foreach (var file in Directory.GetFiles(Path.Combine(siteRoot, "content/fields"), "*.md"))
        {
            var parts = File.ReadAllText(file).Split("---", 3);
            WriteFile(target, $"content/fields/{Path.GetFileNameWithoutExtension(file)}/_index.md", $"---{parts[1]}---{parts[2]}");
        }

        foreach (var p in ReadCsv(Path.Combine(siteRoot, "data/projects.csv")))
        {
            var projectTowns = p["関係市町"] == "8市町" ? allTowns : p["関係市町"].Split('、').Select(n => townSlugs[n]).ToList();
            var front = new StringBuilder("---\n");
            front.Append("title: ").Append(JsonSerializer.Serialize(p["事業名"], Json)).Append('\n');
            front.Append("summary: ").Append(JsonSerializer.Serialize(p["事業概要"], Json)).Append('\n');
            front.Append("field: ").Append(p["分野"]).Append('\n');
            front.Append("fields: [").Append(p["分野"]).Append("]\n");
            front.Append("status: ").Append(Statuses[p["区分"]]).Append('\n');
            front.Append("towns: [").Append(string.Join(", ", projectTowns)).Append("]\n");
            front.Append("tags: ").Append(JsonSerializer.Serialize(p["タグ"].Split('、', StringSplitOptions.RemoveEmptyEntries), Json)).Append('\n');
            front.Append("alsoIn: ").Append(JsonSerializer.Serialize(p["再掲分野"].Split('、', StringSplitOptions.RemoveEmptyEntries), Json)).Append('\n');
            front.Append("---\n");
            WriteFile(target, $"content/projects/{p["ID"]}.md", front.ToString());
        }

        foreach (var layout in Directory.GetFiles(layouts, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, "layouts", Path.GetRelativePath(layouts, layout));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(layout, destination);
        }
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? string.Empty));
        }

        return rows;
    }

    private static void WriteFile(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}

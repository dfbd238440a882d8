using System.Text.Json;
using System.Xml.Linq;
using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.History;

/// <summary>
/// The history a site shows is exactly what its commits say: on each project's page, on /changes/, in the feed
/// and in the open data; a commit that only saves the file another way (CRLF, Shift_JIS, columns moved) is none.
/// </summary>
public sealed class ProjectHistoryTests(HistoryRepository repository) : IClassFixture<HistoryRepository>
{
    private const string EconomicStrategy = "産学金官民一体となった経済戦略の策定、国の成長戦略実施のための体制整備";
    private const string StrategicIndustries = "産業クラスターの形成、イノベーション実現、新規創業促進、地域の中堅企業等を核とした戦略産業の育成";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void The_repository_builds_without_a_diagnostic_or_the_note()
    {
        Assert.True(repository.Result.Succeeded);
        Assert.Empty(repository.Result.Diagnostics);
        Assert.False(repository.Result.WithoutHistory);
    }

    [Fact]
    public void Changes_json_lists_each_change_of_each_commit_newest_first()
    {
        var changes = Changes().Where(c => c.Kind != "listed").Select(c => $"{c.Date} {c.Tag} {c.Project} {c.Kind} {c.From}→{c.To} [{c.Items}]").ToList();

        Assert.Equal(
        [
            "2016-07-01  p006 summary → []",
            $"2016-06-20 {HistoryRepository.Tag} p004 field {EconomicStrategy}→{StrategicIndustries} []",
            $"2016-06-20 {HistoryRepository.Tag} p004 tags-removed → [経済戦略]",
            $"2016-06-20 {HistoryRepository.Tag} p108 added → []",
            $"2016-06-20 {HistoryRepository.Tag} p005 removed {StrategicIndustries}→ []",
            "2016-05-20 v2016-05 p003 name 東京事務所共同運営事業→東京事務所の共同運営事業 []",
            "2016-03-10 v2016-03 p001 status 計画→既存 []",
            "2016-03-10 v2016-03 p002 towns-removed → [八幡平市;雫石町;葛巻町;岩手町;紫波町;矢巾町]",
        ], changes);
    }

    [Fact]
    public void The_first_version_is_dated_by_the_source_not_by_its_commit()
    {
        var listed = Changes().Where(c => c.Kind == "listed").ToList();

        Assert.Equal(107, listed.Count);
        Assert.All(listed, c => Assert.Equal("2015-11-24", c.Date));
        Assert.All(listed, c => Assert.Equal("平成27年11月24日の資料に掲載", c.Text));
    }

    [Fact]
    public void A_project_page_shows_its_status_move_in_the_era_style()
    {
        Assert.Equal(["平成27年11月24日の資料に掲載", "平成28年3月：区分が「計画」から「既存」に変わりました"], History("projects/p001/"));
        Assert.Equal(["平成27年11月24日の資料に掲載", "平成28年3月：関係市町から八幡平市、雫石町、葛巻町、岩手町、紫波町、矢巾町が外れました"], History("projects/p002/"));
        Assert.Equal(["平成27年11月24日の資料に掲載", "平成28年5月：事業名が「東京事務所共同運営事業」から「東京事務所の共同運営事業」に変わりました"], History("projects/p003/"));
        Assert.Equal(["平成28年6月：一覧に加わりました"], History("projects/p108/"));
    }

    [Fact]
    public void Saving_again_from_excel_or_as_shift_jis_changes_no_project()
    {
        // p010 was in every commit, in every encoding and column order, and never edited.
        Assert.Equal(["平成27年11月24日の資料に掲載"], History("projects/p010/"));
        Assert.DoesNotContain(Changes(), c => c.Date == "2016-04-01");
    }

    [Fact]
    public void A_removed_project_keeps_a_page_at_its_url_saying_when()
    {
        var page = Page("projects/p005/");

        Assert.Equal("「産学官連携交流フォーラム」の開催", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("平成28年6月20日に事業の一覧から削除されました", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("平成28年6月：一覧から削除されました", History("projects/p005/")[^1]);
        Assert.DoesNotContain(ProjectIds(), id => id == "p005");
        Assert.DoesNotContain("/projects/p005/", repository.Read("projects/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_page_groups_by_publication_newest_first_and_links_each_project()
    {
        var page = Page("changes/");
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();

        Assert.Equal(["平成28年7月1日の更新", $"平成28年6月20日の更新（{HistoryRepository.Tag}）", "平成28年5月20日の更新（v2016-05）", "平成28年3月10日の更新（v2016-03）", "平成27年11月24日の資料（最初の掲載）"], headings);
        var tagged = page.QuerySelectorAll("main section")[1].QuerySelectorAll("li").Select(li => (li.TextContent, li.QuerySelector("a")!.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ($"中核人材の育成に向けた検討：分野が「{EconomicStrategy}」から「{StrategicIndustries}」に変わりました", "/projects/p004/"),
            ("中核人材の育成に向けた検討：備考から「経済戦略」が外れました", "/projects/p004/"),
            ("圏域の新しい事業：一覧に加わりました", "/projects/p108/"),
            ("「産学官連携交流フォーラム」の開催：一覧から削除されました", "/projects/p005/"),
        ], tagged);
        Assert.Equal("107事業を、平成27年11月24日の資料から掲載しました。", page.QuerySelectorAll("main section")[^1].TextContent.Trim().Split('\n')[^1].Trim());
    }

    [Fact]
    public void The_feed_has_an_entry_per_change_besides_each_project()
    {
        var entries = XDocument.Load(Path.Combine(repository.Output, "feed.xml")).Root!.Elements(Atom + "entry").ToList();
        var titles = entries.Select(e => e.Element(Atom + "title")!.Value).ToList();

        Assert.Equal(107 + 8, entries.Count);
        Assert.Equal("東京事務所の共同運営事業：事業名が「東京事務所共同運営事業」から「東京事務所の共同運営事業」に変わりました", titles[Index("2016-05-20")]);
        Assert.Contains("ものづくり人材育成事業：区分が「計画」から「既存」に変わりました", titles);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());

        int Index(string date) => entries.FindIndex(e => e.Element(Atom + "updated")!.Value.StartsWith(date, StringComparison.Ordinal) && e.Element(Atom + "title")!.Value.Contains('：'));
    }

    [Fact]
    public void Projects_json_gives_first_published_and_last_changed()
    {
        using var json = JsonDocument.Parse(repository.Read("data/projects.json"));
        var projects = json.RootElement.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);

        Assert.Equal(("2015-11-24", "2016-03-10"), Dates(projects["p001"]));
        Assert.Equal(("2016-06-20", "2016-06-20"), Dates(projects["p108"]));
        Assert.Equal(("2015-11-24", "2015-11-24"), Dates(projects["p010"]));

        static (string?, string?) Dates(JsonElement p) => (p.GetProperty("firstPublished").GetString(), p.GetProperty("lastChanged").GetString());
    }

    [Fact]
    public async Task Projects_json_still_matches_its_schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(repository.Read("data/projects.schema.json"));

        Assert.Empty(schema.Validate(repository.Read("data/projects.json")));
        Assert.Contains("firstPublished", schema.Properties["projects"].Item!.ActualSchema.Properties.Keys);
    }

    [Fact]
    public void Changes_csv_has_the_json_s_rows()
    {
        var lines = repository.Read("data/changes.csv").TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("date,project,projectName,kind,from,to,items,text,commit,tag,url", lines[0]);
        Assert.Equal(Changes().Count + 1, lines.Length);
    }

    [Fact]
    public async Task A_build_from_the_cache_and_one_without_it_are_byte_identical()
    {
        using var again = new TempFolder();
        var cached = await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(new(repository.Root, again["cached"], null, HistoryCache: repository.CacheFolder));
        var cold = await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(new(repository.Root, again["cold"], null, HistoryCache: again["cache"]));

        Assert.True(cached.Succeeded && cold.Succeeded);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(repository.CacheFolder, "v1")));
        foreach (var file in new[] { "data/changes.json", "data/projects.json", "feed.xml", "changes/index.html", "projects/p001/index.html" })
        {
            var first = File.ReadAllBytes(Path.Combine(repository.Output, file));
            Assert.Equal(first, File.ReadAllBytes(Path.Combine(again["cached"], file)));
            Assert.Equal(first, File.ReadAllBytes(Path.Combine(again["cold"], file)));
        }
    }

    [Fact]
    public async Task A_shallow_clone_warns_once_and_shows_no_history()
    {
        using var clone = new TempFolder();
        Git.Run(clone.Path, "clone", "-q", "--depth", "1", "file://" + repository.Root, "site");
        var root = clone["site"];

        var result = await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(new(root, clone["out"], null, HistoryCache: clone["cache"]));

        Assert.True(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, "MS180", "data/projects.csv", 1, "履歴が途中までしかありません（shallow clone）", "fetch-depth: 0", Severity.Warning);
        Assert.False(Directory.Exists(clone["out/changes"]));
        Assert.False(File.Exists(clone["out/data/changes.json"]));
        Assert.Null(BuiltSites.Parse(clone["out/projects/p001/index.html"]).QuerySelector("#history"));
        Assert.DoesNotContain("firstPublished", File.ReadAllText(clone["out/data/projects.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copy_outside_git_builds_quietly_without_history()
    {
        using var site = new SiteCopy();
        using var output = new TempFolder();

        var result = await site.BuildAsync(output.Path);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.WithoutHistory);
        Assert.False(Directory.Exists(Path.Combine(output.Path, "changes")));
        Assert.Null(BuiltSites.Parse(Path.Combine(output.Path, "projects/p001/index.html")).QuerySelector("#history"));
    }

    private sealed record Change(string Date, string Project, string Kind, string From, string To, string Items, string Text, string Tag);

    private List<Change> Changes()
    {
        using var json = JsonDocument.Parse(repository.Read("data/changes.json"));
        return json.RootElement.GetProperty("changes").EnumerateArray().Select(c => new Change(
            c.GetProperty("date").GetString()!,
            c.GetProperty("project").GetString()!,
            c.GetProperty("kind").GetString()!,
            c.GetProperty("from").GetString()!,
            c.GetProperty("to").GetString()!,
            string.Join(';', c.GetProperty("items").EnumerateArray().Select(i => i.GetString())),
            c.GetProperty("text").GetString()!,
            c.GetProperty("tag").GetString()!)).ToList();
    }

    private List<string> ProjectIds()
    {
        using var json = JsonDocument.Parse(repository.Read("data/projects.json"));
        return json.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
    }

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => BuiltSites.Parse(Path.Combine(repository.Output, path, "index.html"));

    private List<string> History(string path) => Page(path).QuerySelectorAll("ol.history li").Select(li => li.TextContent.Trim()).ToList();
}

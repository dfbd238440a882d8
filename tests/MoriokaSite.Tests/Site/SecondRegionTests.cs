using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using MoriokaSite.Tests.Support;
using NJsonSchema;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// Another 連携中枢都市圏 (tests/fixtures/second-region: five municipalities with a village, two of the three
/// pillars, a field without projects, its own tags, no 再掲) built by the same generator and theme: it passes
/// the real site's checks, and not one of its files carries a word of the real region's data.
/// </summary>
public sealed partial class SecondRegionTests(SecondRegionBuilds sites) : IClassFixture<SecondRegionBuilds>
{
    private const string Base = "/SecondRegion/";

    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Projects = SecondRegion.Rows("data/projects.csv");

    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Towns = SecondRegion.Rows("data/towns.csv");

    private static readonly string[] FieldSlugs = Directory.GetFiles(SecondRegion.Fixture("content/fields"), "*.md")
        .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray();

    private string Page(string path) => Path.Combine(sites.SubPathBuild, path, "index.html");

    private static bool AllTowns(IReadOnlyDictionary<string, string> project) => project["関係市町"] is "5市町村" or "全市町村";

    private static IEnumerable<string> TownIdsOf(IReadOnlyDictionary<string, string> project) =>
        AllTowns(project) ? Towns.Select(t => t["ID"]) : project["関係市町"].Split('、').Select(name => Towns.Single(t => t["名称"] == name)["ID"]);

    private static List<string> Linked(IEnumerable<IElement> links) =>
        links.Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith(Base + "projects/p", StringComparison.Ordinal))
            .Select(h => h[(Base.Length + "projects/".Length)..].TrimEnd('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_fixture_is_the_region_it_claims_to_be()
    {
        Assert.Equal(5, Towns.Count);
        Assert.Contains(Towns, t => t["種別"] == "村");
        Assert.Equal(["aomine"], Towns.Where(t => t["中心市"] == "○").Select(t => t["ID"]));
        Assert.Equal(2, SecondRegion.Rows("data/pillars.csv").Count(p => p["上位"].Length == 0));
        Assert.Contains(FieldSlugs, f => Projects.All(p => p["分野"] != f));
        Assert.All(Projects, p => Assert.Empty(p["再掲分野"]));
        Assert.Contains("架空", File.ReadAllText(SecondRegion.Fixture("site.json")));
    }

    [Fact]
    public void It_builds_with_the_real_theme_without_a_diagnostic() => Assert.Empty(sites.Diagnostics);

    [Fact]
    public void No_output_file_contains_a_word_of_the_real_region_s_data()
    {
        foreach (var build in new[] { sites.RootBuild, sites.SubPathBuild })
        {
            var files = Directory.GetFiles(build, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            Assert.True(files.Count > 50, $"only {files.Count} files in {build}");
            foreach (var file in files)
            {
                var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
                var found = SecondRegion.MoriokaWords.Where(w => text.Contains(w, StringComparison.Ordinal)).ToList();
                Assert.True(found.Count == 0, $"{Path.GetRelativePath(build, file)} contains {string.Join("、", found)}");
            }
        }

        // The scan reads the pages it means to: the region's own words are there.
        Assert.Contains("5市町村（全市町村）", File.ReadAllText(Page("projects/p001")));
        Assert.Contains("青嶺広域圏", File.ReadAllText(Page(string.Empty)));
    }

    [Theory]
    [InlineData("root", "/")]
    [InlineData("sub", Base)]
    public void Every_internal_href_and_src_resolves_to_a_file_of_the_output(string build, string basePath)
    {
        var folder = build == "root" ? sites.RootBuild : sites.SubPathBuild;
        var checkedLinks = 0;
        foreach (var file in BuiltSites.HtmlFiles(folder))
        {
            foreach (var element in BuiltSites.Parse(file).QuerySelectorAll("[href], [src]").Where(e => e.GetAttribute("rel") != "canonical" && e.GetAttribute("property") is null))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith('#'))
                {
                    continue;
                }

                Assert.True(link.StartsWith(basePath, StringComparison.Ordinal), $"{file}: {link} is not under {basePath}");
                var path = link[basePath.Length..].Split('#', '?')[0];
                Assert.True(File.Exists(Path.Combine(folder, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path)), $"{file}: {link} does not exist");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Every_fragment_names_an_element_of_its_target_page()
    {
        var fragments = 0;
        foreach (var file in BuiltSites.HtmlFiles(sites.SubPathBuild))
        {
            foreach (var href in BuiltSites.Parse(file).QuerySelectorAll("a[href*='#']").Select(a => a.GetAttribute("href")!))
            {
                var (path, fragment) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
                var target = path.Length == 0 ? file : Path.Combine(sites.SubPathBuild, path[Base.Length..], "index.html");
                Assert.NotNull(BuiltSites.Parse(target).GetElementById(fragment));
                fragments++;
            }
        }

        Assert.True(fragments >= 34, $"only {fragments} fragments"); // at least the skip link of every page
    }

    [Fact]
    public void The_sitemap_lists_every_page_and_the_feed_every_project()
    {
        var locs = XDocument.Load(Path.Combine(sites.SubPathBuild, "sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Equal(BuiltPages.Of(sites.SubPathBuild).Select(p => SecondRegionBuilds.SubPathUrl + p), locs.Order(StringComparer.Ordinal));
        var feed = XDocument.Load(Path.Combine(sites.SubPathBuild, "feed.xml"));
        Assert.Equal(Projects.Count, feed.Descendants().Count(e => e.Name.LocalName == "entry"));
    }

    [Fact]
    public void Each_field_page_lists_exactly_its_projects_and_the_field_without_one_says_so()
    {
        Assert.Equal(FieldSlugs, Directory.GetDirectories(Path.Combine(sites.SubPathBuild, "fields")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var field in FieldSlugs)
        {
            var doc = BuiltSites.Parse(Page($"fields/{field}"));
            var expected = Projects.Where(p => p["分野"] == field).Select(p => p["ID"]).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, Linked(doc.QuerySelectorAll(".project-card .project-name a")));
            var count = expected.Count == 0 ? "（なし）" : $"（{expected.Count}事業）";
            Assert.Contains("この分野の事業" + count, doc.QuerySelector("#projects")!.TextContent);
        }

        var empty = BuiltSites.Parse(Page("fields/disaster-prevention"));
        Assert.Equal(["取組内容", "青嶺市の役割", "連携市町村の役割", "期待される効果", "この分野の事業（なし）"], empty.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).Take(5));
    }

    [Fact]
    public void Each_town_page_counts_exactly_its_projects_in_the_region_s_own_words()
    {
        foreach (var town in Towns)
        {
            var doc = BuiltSites.Parse(Page($"towns/{town["ID"]}"));
            var mine = Projects.Where(p => TownIdsOf(p).Contains(town["ID"])).ToList();
            var regionWide = mine.Count(AllTowns);
            Assert.Contains($"関係市町村に{town["名称"]}が含まれる事業は{mine.Count}事業です", doc.QuerySelector(".lead")!.TextContent);
            Assert.Contains($"5市町村すべてによる事業 {regionWide}事業", doc.QuerySelector(".lead")!.TextContent);
            Assert.Equal(mine.Where(p => !AllTowns(p)).Select(p => p["ID"]).Order(StringComparer.Ordinal), Linked(doc.QuerySelectorAll("section[aria-labelledby=particular] .project-name a")));
            Assert.Equal(mine.Where(AllTowns).Select(p => p["ID"]).Order(StringComparer.Ordinal), Linked(doc.QuerySelectorAll("section[aria-labelledby=region-wide] li a")));
        }
    }

    [Fact]
    public void The_home_page_counts_the_two_pillars_the_fields_and_every_project()
    {
        var doc = BuiltSites.Parse(Page(string.Empty));
        Assert.Contains($"事業は全部で{Projects.Count}事業です", doc.QuerySelector("main")!.TextContent); // the theme's own wording: the region has none of its own
        var rows = doc.QuerySelectorAll(".summary-table tbody tr:not(.subtotal)").ToList();
        Assert.Equal(FieldSlugs.Length, rows.Count);
        foreach (var row in rows)
        {
            var field = row.QuerySelector("a")!.GetAttribute("href")!.Split('/')[^2];
            var statuses = new[] { "既存", "計画", "検討" }.Select(s => Projects.Count(p => p["分野"] == field && p["区分"] == s)).ToList();
            Assert.Equal([.. statuses, statuses.Sum()], row.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent)));
        }

        Assert.Equal(Projects.Count, int.Parse(doc.QuerySelectorAll(".summary-table tfoot td")[^1].TextContent));
        Assert.DoesNotContain("高次の都市機能", doc.Body!.TextContent); // the pillar this region does not have

        var list = BuiltSites.Parse(Page("projects"));
        Assert.Equal(Projects.Select(p => p["ID"]).Order(StringComparer.Ordinal), Linked(list.QuerySelectorAll("main li a")));
        Assert.Equal(2, list.QuerySelectorAll("main h2").Length);
    }

    [Fact]
    public void The_central_city_concludes_an_agreement_with_each_other_town_in_the_agreement_s_own_placeholder()
    {
        Assert.False(File.Exists(Page("towns/aomine/agreement")));
        var central = BuiltSites.Parse(Page("towns/aomine"));
        Assert.Equal(Towns.Count - 1, central.QuerySelectorAll("section[aria-labelledby=agreements] a").Length);
        foreach (var town in Towns.Where(t => t["中心市"].Length == 0))
        {
            var agreement = BuiltSites.Parse(Page($"towns/{town["ID"]}/agreement"));
            Assert.Equal($"青嶺市と{town["名称"]}の連携協約（案）", agreement.QuerySelector("h1")!.TextContent.Trim());
            var text = agreement.QuerySelector("main")!.TextContent;
            Assert.Contains($"青嶺市及び{town["名称"]}は", text);
            Assert.Contains($"{town["名称"]}の役割", text);
            Assert.DoesNotContain("〇〇市（町・村）", text);
            Assert.DoesNotContain("〇〇市（町）", text);
        }

        Assert.Contains("〇〇市（町・村）", BuiltSites.Parse(Page("agreement")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void With_a_village_the_shared_templates_say_shi_cho_son_where_the_real_site_says_shi_cho()
    {
        var project = BuiltSites.Parse(Page("projects/p003"));
        Assert.Equal("構成市町村", project.QuerySelector("footer .footer-heading")!.TextContent);
        Assert.NotNull(project.QuerySelector("footer nav[aria-label=構成市町村]"));
        Assert.Contains("関係市町村", project.QuerySelectorAll(".facts dt").Select(d => d.TextContent));
        Assert.StartsWith("関係市町村：", BuiltSites.Parse(Page("fields/industry")).QuerySelector(".project-card .project-meta")!.TextContent.Trim());
        var agreement = BuiltSites.Parse(Page("agreement")).QuerySelector("aside.note")!.TextContent;
        Assert.Contains("市町村ごとの連携協約（案）", agreement);
        Assert.Contains("青嶺市と各市町村との間で", agreement);
        Assert.Equal("市町村別の CSV", BuiltSites.Parse(Page("data")).QuerySelector("#by-town")!.TextContent);
    }

    [Fact]
    public void No_page_says_shi_cho_where_the_region_s_word_is_shi_cho_son()
    {
        var pages = 0;
        foreach (var build in new[] { sites.RootBuild, sites.SubPathBuild })
        {
            foreach (var file in BuiltSites.HtmlFiles(build))
            {
                var text = File.ReadAllText(file);
                var found = ShiChoAlone().Matches(text).Select(m => text.Substring(Math.Max(0, m.Index - 20), Math.Min(text.Length, m.Index + 20) - Math.Max(0, m.Index - 20))).ToList();
                Assert.True(found.Count == 0, $"{Path.GetRelativePath(build, file)}: {string.Join(" / ", found)}");
                pages++;
            }
        }

        Assert.True(pages >= 60, $"only {pages} pages");

        // search.js writes its results' 関係… from the index, where the region's words are.
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(sites.SubPathBuild, "search/index/meta.json")));
        Assert.Equal("関係市町村：", meta.RootElement.GetProperty("words").GetProperty("towns.label").GetString());
        Assert.Equal("5市町村（全市町村）", meta.RootElement.GetProperty("words").GetProperty("towns.all").GetString());
        Assert.DoesNotMatch(ShiChoAlone(), File.ReadAllText(Path.Combine(sites.SubPathBuild, "assets/search.js")));
    }

    [Fact]
    public void The_home_page_mentions_no_cross_listing_the_region_does_not_have_and_counts_in_plain_words()
    {
        var home = BuiltSites.Parse(Page(string.Empty));
        Assert.Equal("2つの政策の柱と6つの分野", home.QuerySelector("#pillars")!.TextContent.Trim());
        Assert.Equal("分野別・区分別の事業数", home.QuerySelector(".summary-table caption")!.TextContent.Trim());
        Assert.DoesNotContain("再掲", home.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("再掲", BuiltSites.Parse(Page("towns")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_region_s_own_tags_are_shown_and_defined()
    {
        var tags = SecondRegion.Rows("data/tags.csv");
        var project = BuiltSites.Parse(Page("projects/p005"));
        Assert.Equal(["計画", "重点", "共同実施"], project.QuerySelectorAll(".labels li").Select(l => l.TextContent.Trim()));
        var legend = BuiltSites.Parse(Page("towns/aomine")).QuerySelector(".tag-legend")!.TextContent;
        Assert.All(tags, t => Assert.Contains(t["説明"], legend));
        Assert.DoesNotContain(BuiltSites.HtmlFiles(sites.SubPathBuild), f => BuiltSites.Parse(f).QuerySelector(".label-crosslisted") is not null);
    }

    [Fact]
    public async Task The_open_data_matches_the_csv_and_validates_against_its_own_schema()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(sites.SubPathBuild, "data/projects.schema.json")));
        var text = File.ReadAllText(Path.Combine(sites.SubPathBuild, "data/projects.json"));
        Assert.Empty(schema.Validate(text));

        using var json = JsonDocument.Parse(text);
        var entries = json.RootElement.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(Projects.Select(p => p["ID"]), entries.Select(e => e.GetProperty("id").GetString()));
        foreach (var (entry, source) in entries.Zip(Projects))
        {
            Assert.Equal(source["分野"], entry.GetProperty("field").GetString());
            Assert.Equal(TownIdsOf(source).Order(StringComparer.Ordinal), entry.GetProperty("towns").EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal));
            Assert.Empty(entry.GetProperty("alsoIn").EnumerateArray());
        }

        using var schemaJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(sites.SubPathBuild, "data/projects.schema.json")));
        var item = schemaJson.RootElement.GetProperty("properties").GetProperty("projects").GetProperty("items").GetProperty("properties");
        Assert.Equal(Towns.Select(t => t["ID"]), item.GetProperty("towns").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(SecondRegion.Rows("data/tags.csv").Select(t => t["ID"]), item.GetProperty("tags").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Towns.Count, Directory.GetFiles(Path.Combine(sites.SubPathBuild, "data/towns")).Length);
        Assert.Equal(FieldSlugs.Length, Directory.GetFiles(Path.Combine(sites.SubPathBuild, "data/fields")).Length);
    }

    /// <summary>市町 where the word is not 市町村: the real region's word left in a shared template.</summary>
    [GeneratedRegex("市町(?!村)")]
    private static partial Regex ShiChoAlone();
}

using AngleSharp.Dom;
using MoriokaSite.Tests.Model;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>The built 2015 fixture, page by page: each lists exactly what the data says it should.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class PagesTests(BuiltSites sites)
{
    private const string Base = "/MoriokaSite/";

    private string Page(string path) => Path.Combine(sites.SubPathBuild, path, "index.html");

    private static IReadOnlyList<string> ProjectIdsLinked(IEnumerable<IElement> links) =>
        links.Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith(Base + "projects/p", StringComparison.Ordinal))
            .Select(h => h[(Base.Length + "projects/".Length)..].TrimEnd('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_site_has_every_page_the_contract_lists()
    {
        Assert.Equal(107, Directory.GetDirectories(Path.Combine(sites.SubPathBuild, "projects")).Length);
        Assert.Equal(17, Directory.GetDirectories(Path.Combine(sites.SubPathBuild, "fields")).Length);
        Assert.Equal(8, Directory.GetDirectories(Path.Combine(sites.SubPathBuild, "towns")).Length);
        Assert.Equal(7, Directory.GetDirectories(Path.Combine(sites.SubPathBuild, "towns"), "agreement", SearchOption.AllDirectories).Length);
        foreach (var file in new[] { "index.html", "projects/index.html", "agreement/index.html", "schedule/index.html", "404.html", "sitemap.xml", "robots.txt", ".nojekyll", "data/projects.json", "data/projects.csv", "data/projects.schema.json", "data/index.html", "search/index.html", "search/index/meta.json", "feed.xml" })
        {
            Assert.True(File.Exists(Path.Combine(sites.SubPathBuild, file)), file);
        }

        Assert.Equal(148, sites.SubPathResult.PagesWritten);
    }

    [Fact]
    public void Every_page_is_japanese_with_one_h1_a_unique_title_a_description_navigation_and_a_footer()
    {
        var titles = new HashSet<string>();
        foreach (var file in BuiltSites.HtmlFiles(sites.SubPathBuild))
        {
            var doc = BuiltSites.Parse(file);
            Assert.Equal("ja", doc.DocumentElement.GetAttribute("lang"));
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.True(titles.Add(doc.Title!), $"duplicate title {doc.Title} in {file}");
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")), file);
            Assert.NotNull(doc.QuerySelector("header nav a[href='/MoriokaSite/projects/']"));
            Assert.Equal(8, doc.QuerySelectorAll("footer .town-list a").Length);
        }
    }

    [Fact]
    public void Each_field_page_lists_exactly_its_projects_and_its_cross_listed_ones_marked()
    {
        foreach (var field in RealDataTests.SourceTable.Keys)
        {
            var doc = BuiltSites.Parse(Page($"fields/{field}"));
            var cards = doc.QuerySelectorAll(".project-card").ToList();
            var home = SourceProject.All.Where(p => p.Field == field).Select(p => p.Id);
            var again = SourceProject.All.Where(p => p.AlsoIn == field).Select(p => p.Id).ToList();
            Assert.Equal(home.Concat(again).Order(StringComparer.Ordinal), ProjectIdsLinked(cards.Select(c => c.QuerySelector(".project-name a")!)));
            var marked = cards.Where(c => c.QuerySelector(".label-crosslisted") is not null).SelectMany(c => ProjectIdsLinked(c.QuerySelectorAll(".project-name a")));
            Assert.Equal(again, marked);
        }
    }

    [Fact]
    public void A_field_page_groups_its_projects_by_status_and_counts_the_cross_listed_one_only_at_home()
    {
        var doc = BuiltSites.Parse(Page("fields/education-culture-sports"));
        var headings = doc.QuerySelectorAll(".status-group h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["既存事業（4事業）", "実施を計画する事業（3事業。ほかに再掲 1事業）", "今後検討する事業"], headings); // an empty group says 「なし」 below its heading, not （0事業）
        var planned = doc.QuerySelectorAll(".status-group")[1];
        Assert.Equal(4, planned.QuerySelectorAll(".project-card").Length);
        Assert.Contains("この分野の事業（7事業）", doc.QuerySelector("#projects")!.TextContent);
    }

    [Fact]
    public void Each_town_page_lists_exactly_the_projects_of_its_town_particular_ones_first()
    {
        foreach (var town in new[] { "morioka", "hachimantai", "takizawa", "shizukuishi", "kuzumaki", "iwate", "shiwa", "yahaba" })
        {
            var doc = BuiltSites.Parse(Page($"towns/{town}"));
            var expected = SourceProject.All.Where(p => p.TownSlugList.Contains(town)).ToList();
            var particular = ProjectIdsLinked(doc.QuerySelectorAll("section[aria-labelledby=particular] .project-name a"));
            var regionWide = ProjectIdsLinked(doc.QuerySelectorAll("section[aria-labelledby=region-wide] li a"));
            Assert.Equal(expected.Where(p => p.Towns != "8市町").Select(p => p.Id).Order(StringComparer.Ordinal), particular);
            Assert.Equal(expected.Where(p => p.Towns == "8市町").Select(p => p.Id).Order(StringComparer.Ordinal), regionWide);
            Assert.Contains($"含まれる事業は{expected.Count}事業です", doc.QuerySelector(".lead")!.TextContent);
            var sections = doc.QuerySelectorAll("section[aria-labelledby]").Select(s => s.GetAttribute("aria-labelledby")).ToList();
            Assert.True(sections.IndexOf("particular") < sections.IndexOf("region-wide"));
        }
    }

    [Fact]
    public void A_partner_town_links_its_own_agreement_and_morioka_links_all_seven()
    {
        var takizawa = BuiltSites.Parse(Page("towns/takizawa"));
        Assert.Equal([Base + "towns/takizawa/agreement/"], takizawa.QuerySelectorAll("section[aria-labelledby=agreements] a").Select(a => a.GetAttribute("href")));
        var morioka = BuiltSites.Parse(Page("towns/morioka"));
        Assert.Equal(7, morioka.QuerySelectorAll("section[aria-labelledby=agreements] a").Length);
        Assert.False(File.Exists(Page("towns/morioka/agreement")));

        var agreement = BuiltSites.Parse(Page("towns/takizawa/agreement"));
        var text = agreement.QuerySelector("main")!.TextContent;
        Assert.Contains("盛岡市及び滝沢市は", text);
        Assert.DoesNotContain("〇〇市（町）", text);
        Assert.Contains("第6条（失効）", text);
    }

    [Fact]
    public void The_home_summary_table_shows_the_source_s_figures()
    {
        var doc = BuiltSites.Parse(Page(string.Empty));
        var rows = doc.QuerySelectorAll(".summary-table tbody tr:not(.subtotal)").ToList();
        Assert.Equal(17, rows.Count);
        foreach (var row in rows)
        {
            var slug = row.QuerySelector("a")!.GetAttribute("href")!.Split('/')[^2];
            var (e, p, c) = RealDataTests.SourceTable[slug];
            Assert.Equal([e, p, c, e + p + c], row.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent)));
        }

        var subtotals = doc.QuerySelectorAll(".summary-table .subtotal").Select(r => r.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent)).ToList()).ToList();
        Assert.Equal([[16, 18, 29, 63], [0, 1, 1, 2], [17, 10, 2, 29], [5, 2, 4, 11], [2, 0, 0, 2]], subtotals);
        Assert.Equal([40, 31, 36, 107], doc.QuerySelectorAll(".summary-table tfoot td").Select(td => int.Parse(td.TextContent)));
    }

    [Fact]
    public void A_project_page_links_its_field_and_towns_under_breadcrumbs()
    {
        var doc = BuiltSites.Parse(Page("projects/p057"));
        Assert.Equal("スポーツツーリズム推進事業", doc.QuerySelector("h1")!.TextContent);
        var crumbs = doc.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([Base, Base + "projects/", Base + "fields/tourism/"], crumbs);
        var facts = doc.QuerySelector(".facts")!;
        Assert.NotNull(facts.QuerySelector($"a[href='{Base}fields/education-culture-sports/']"));
        Assert.Equal(8, facts.QuerySelectorAll($"a[href^='{Base}towns/']").Length);
        Assert.Equal(["計画", "拡充", "専門部会"], doc.QuerySelectorAll(".labels li").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public void A_summary_that_holds_a_list_is_shown_as_a_list()
    {
        var doc = BuiltSites.Parse(Page("projects/" + SourceProject.All.Single(p => p.Name == "消費者行政の共同実施").Id));
        Assert.Equal(3, doc.QuerySelectorAll(".project-summary ul li").Length);
        Assert.DoesNotContain("<ul", doc.QuerySelector(".project-summary")!.TextContent);
    }

    [Fact]
    public void The_project_list_shows_every_project_once_grouped_by_pillar_and_field()
    {
        var doc = BuiltSites.Parse(Page("projects"));
        Assert.Equal(SourceProject.All.Select(p => p.Id).Order(StringComparer.Ordinal), ProjectIdsLinked(doc.QuerySelectorAll("main li a")));
        Assert.Equal(107, doc.QuerySelectorAll("main li a").Length);
        Assert.Equal(3, doc.QuerySelectorAll("main h2").Length);
        Assert.Equal(17, doc.QuerySelectorAll("main h3").Length);
    }

    [Fact]
    public void Japanese_text_is_written_as_characters_not_entities()
    {
        var html = File.ReadAllText(Page(string.Empty));
        Assert.Contains("盛岡広域連携中枢都市圏ビジョン", html);
        Assert.DoesNotContain("&#x", html);
    }
}

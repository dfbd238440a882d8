using System.Globalization;
using AngleSharp.Dom;
using MoriokaSite.Model;
using MoriokaSite.Tests.Support;
using MoriokaSite.Views;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// The map, the charts and the town × field matrix of the built 2015 fixture: every number they show is read
/// back from the HTML and SVG and compared with the model's own count, so that no number is ever typed.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class RegionPicturesTests(BuiltSites sites)
{
    private const string Base = "/MoriokaSite/";

    private static SiteModel Site => RealSite.Model;

    private IDocument Page(string path) => BuiltSites.Parse(Path.Combine(sites.SubPathBuild, path, "index.html"));

    private static int Number(IElement element) => int.Parse(element.TextContent, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("")]
    [InlineData("towns")]
    [InlineData("towns/shiwa")]
    public void The_map_links_every_town_with_its_number_of_projects_in_display_order(string path)
    {
        var page = Page(path);
        var links = page.QuerySelectorAll("svg.town-map a").ToList();
        Assert.Equal(Site.Towns.Select(t => Base + $"towns/{t.Slug}/"), links.Select(a => a.GetAttribute("href")));
        foreach (var (town, link) in Site.Towns.Zip(links))
        {
            var count = town.Projects.Count;
            Assert.Equal(count, Number(link.QuerySelector(".n")!));
            Assert.Equal($"{town.Name}{count}事業", link.TextContent);
            Assert.Null(link.GetAttribute("aria-label")); // the name is the visible text
            Assert.Equal(town.Name, link.QuerySelector(".name")!.TextContent);
        }

        // The list under the map is its text equivalent: the same links and numbers.
        var list = page.QuerySelectorAll("ul.town-counts li").ToList();
        Assert.Equal(links.Select(a => a.GetAttribute("href")), list.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(links.Select(a => a.QuerySelector(".n")!.TextContent), list.Select(li => li.QuerySelector(".n")!.TextContent));
    }

    [Fact]
    public void A_town_page_highlights_its_own_town_and_no_other()
    {
        var current = Page("towns/shiwa").QuerySelectorAll("svg.town-map a[aria-current=page]");
        Assert.Equal("shiwa", Assert.Single(current).GetAttribute("data-town"));
        Assert.Empty(Page("towns").QuerySelectorAll("svg.town-map a[aria-current]"));
    }

    [Fact]
    public void The_home_chart_shows_each_fields_total_and_stages_as_the_model_counts_them()
    {
        var bars = Page("").QuerySelectorAll("svg.chart g.bar").ToList();
        Assert.Equal(Site.Pillars.SelectMany(FieldsOf).Select(f => f.Slug), bars.Select(b => b.GetAttribute("data-key")));
        var shown = 0;
        foreach (var bar in bars)
        {
            var field = Site.Fields.Single(f => f.Slug == bar.GetAttribute("data-key"));
            Assert.Equal(field.Projects.Count, Number(bar.QuerySelector(".total")!));
            foreach (var count in bar.QuerySelectorAll("text.count"))
            {
                var status = Labels.StatusKeys.Single(k => k.Key == count.GetAttribute("data-status")).Status;
                Assert.Equal(field.Count(status), Number(count));
                shown++;
            }
        }

        Assert.True(shown >= 30, $"only {shown} segment numbers are shown"); // most segments are wide enough for their number
    }

    [Fact]
    public void The_home_chart_names_the_stages_from_the_data_and_tells_them_apart_by_pattern()
    {
        var chart = Page("").QuerySelector("svg.chart")!;
        Assert.Equal(Site.Labels.Statuses.Select(s => s.Short), chart.QuerySelectorAll("text.legend").Select(t => t.TextContent));
        var fills = chart.QuerySelectorAll("rect.seg").Select(r => r.GetAttribute("fill") ?? "solid").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["solid", "url(#by-field-considering)", "url(#by-field-planned)"], fills);
        Assert.Equal("chart-caption", chart.GetAttribute("aria-labelledby"));
        Assert.Equal("img", chart.GetAttribute("role"));
    }

    [Fact]
    public void A_field_page_charts_its_stages_and_its_towns()
    {
        var field = Site.Fields.First(f => f.Projects.Select(p => p.Towns.Count).Distinct().Count() > 1);
        var page = Page($"fields/{field.Slug}");
        var charts = page.QuerySelectorAll("svg.chart").ToList();
        Assert.Equal(2, charts.Count);
        foreach (var count in charts[0].QuerySelectorAll("text.count"))
        {
            Assert.Equal(field.Count(Labels.StatusKeys.Single(k => k.Key == count.GetAttribute("data-status")).Status), Number(count));
        }

        Assert.Equal(field.Projects.Count, Number(charts[0].QuerySelector(".total")!));
        var towns = charts[1].QuerySelectorAll("g.bar").ToList();
        Assert.Equal(Site.Towns.Select(t => t.Slug), towns.Select(b => b.GetAttribute("data-key")));
        foreach (var (town, bar) in Site.Towns.Zip(towns))
        {
            Assert.Equal(field.Projects.Count(p => p.Towns.Contains(town)), Number(bar.QuerySelector(".total")!));
        }
    }

    [Fact]
    public void The_matrix_shows_its_numbers_as_text_under_the_towns_and_fields_they_count()
    {
        var matrix = TownFieldMatrix.From(Site);
        var table = Page("towns").QuerySelector("table.matrix")!;
        var heads = table.QuerySelectorAll("thead th a").ToList();
        Assert.Equal(Site.Towns.Select(t => Base + $"towns/{t.Slug}/"), heads.Select(a => a.GetAttribute("href")));

        // One line each: every town's projects together, each field where the towns differ, the total.
        var lines = table.QuerySelectorAll("tbody tr, tfoot tr").ToList();
        Assert.Equal(matrix.Rows.Count + 2, lines.Count);
        Assert.Equal("全市町共通", lines[0].QuerySelector("th")!.TextContent);
        Assert.Equal("計", lines[^1].QuerySelector("th")!.TextContent);
        Assert.Equal(matrix.Rows.Select(r => r.Field.Slug), lines[1..^1].Select(r => r.GetAttribute("data-field")));
        var sums = new[] { (lines[0], matrix.RegionWide.Count, matrix.RegionWide.Cells), (lines[^1], matrix.Total.Count, matrix.Total.Cells) };
        var numbers = sums.Concat(matrix.Rows.Zip(lines[1..^1]).Select(x => (x.Second, x.First.Count, x.First.Cells)));
        foreach (var (line, count, cells) in numbers)
        {
            var tds = line.QuerySelectorAll("td").ToList();
            Assert.Equal([count, .. cells.Select(c => c.Count)], tds.Select(Number));
            Assert.Equal(Site.Towns.Select(t => t.Slug), tds.Skip(1).Select(c => c.GetAttribute("data-town")));
        }

        // Each field is named as short as its tableTitle, the name headings show on hover; the link leads to the field.
        foreach (var (row, line) in matrix.Rows.Zip(lines[1..^1]))
        {
            var link = line.QuerySelector("th a")!;
            Assert.Equal(Base + $"fields/{row.Field.Slug}/", link.GetAttribute("href"));
            Assert.Equal(row.Field.TableTitle, link.TextContent);
            Assert.Equal(row.Field.HasTableTitle ? row.Field.ShortTitle : null, link.GetAttribute("title"));
        }

        Assert.Contains(lines, l => l.QuerySelector("th a[title]") is not null);
        Assert.Equal(Site.Towns.Select(t => t.Projects.Count), lines[^1].QuerySelectorAll("td").Skip(1).Select(Number)); // the map's numbers
    }

    [Fact]
    public void The_towns_page_lists_the_projects_only_some_towns_share_with_their_towns()
    {
        var shared = Site.Projects.Where(p => !p.IsRegionWide).ToList();
        Assert.Equal(12, shared.Count); // the source's twelve
        var page = Page("towns");
        Assert.Contains($"一部の市町による事業（{shared.Count}事業）", page.QuerySelector("#shared")!.TextContent);
        var items = page.QuerySelectorAll("ul.shared-list li").ToList();
        Assert.Equal(shared.Select(p => p.Id), items.Select(li => li.GetAttribute("data-project")));
        foreach (var (project, item) in shared.Zip(items))
        {
            Assert.Equal(string.Join("、", project.Towns.Select(t => t.Name)), item.QuerySelector(".shared-towns")!.TextContent);
        }
    }

    [Fact]
    public void The_home_page_opens_with_the_lead_the_pillars_with_their_counts_and_the_map_before_the_prose()
    {
        var main = Page("").QuerySelector("main")!;
        var order = main.Children.Select(c => c.LocalName + "." + c.ClassName).ToList();
        Assert.True(order.IndexOf("nav.pillar-cards") < order.IndexOf("section.home-map"));
        Assert.True(order.IndexOf("section.home-map") < order.IndexOf("div.prose"));
        var cards = main.QuerySelectorAll(".pillar-cards li").ToList();
        Assert.Equal(Site.Pillars.Count, cards.Count);
        foreach (var (pillar, card) in Site.Pillars.Zip(cards))
        {
            var fields = FieldsOf(pillar).ToList();
            var numbers = card.QuerySelectorAll(".n").Select(Number).ToList();
            Assert.Equal([fields.Count, fields.Sum(f => f.Projects.Count)], numbers);
        }
    }

    [Fact]
    public void Towns_joins_the_navigation_and_the_sitemap()
    {
        Assert.Contains(Page("").QuerySelectorAll("nav.main-nav a, .main-nav a"), a => a.GetAttribute("href") == Base + "towns/");
        Assert.Contains($"<loc>{BuiltSites.SubPathUrl}towns/</loc>", File.ReadAllText(Path.Combine(sites.SubPathBuild, "sitemap.xml")));
    }

    private static IEnumerable<Field> FieldsOf(Pillar pillar) => pillar.Areas.Count == 0 ? pillar.Fields : pillar.Areas.SelectMany(a => a.Fields);
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// The map draws each town's area from the national boundary data, chosen by the town's local government code;
/// the credit the data's terms require stands under every map; a region without the file keeps its map of dots.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class TownAreasTests(BuiltSites sites)
{
    private const string Credit = "出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成";

    [Fact]
    public void Every_map_draws_the_eight_areas_with_the_credit_beneath()
    {
        var withMap = BuiltSites.HtmlFiles(sites.RootBuild).Select(BuiltSites.Parse).Where(d => d.QuerySelector("svg.town-map") is not null).ToList();
        Assert.True(withMap.Count >= 10, $"{withMap.Count} pages with a map");
        foreach (var page in withMap)
        {
            var areas = page.QuerySelectorAll("svg.town-map path.area");
            Assert.Equal(["morioka", "hachimantai", "takizawa", "shizukuishi", "kuzumaki", "iwate", "shiwa", "yahaba"], areas.Select(a => a.GetAttribute("data-town")));
            Assert.Equal(Credit, page.QuerySelector(".map-credit")!.TextContent);
            Assert.Equal(8, page.QuerySelectorAll("svg.town-map a").Length);
        }
    }

    [Fact]
    public void A_town_page_highlights_its_own_area_and_the_caption_calls_the_agreements_planned()
    {
        var page = BuiltSites.Parse(Path.Combine(sites.RootBuild, "towns", "shizukuishi", "index.html"));
        Assert.Equal("shizukuishi", page.QuerySelector("path.area.current")!.GetAttribute("data-town"));
        var caption = page.QuerySelector(".town-map-figure figcaption")!.TextContent;
        Assert.Contains("結ぶ予定", caption);
    }

    /// <summary>
    /// 「平成27年11月24日時点」 is said once where it matters, not in every caption and lead of a page: the site's own
    /// text (its Markdown) may say it besides, the words around it at most once.
    /// </summary>
    [Fact]
    public void The_date_of_the_source_is_stated_at_most_once_a_page_by_the_words_around_the_content()
    {
        var repeated = new List<string>();
        foreach (var file in BuiltSites.HtmlFiles(sites.RootBuild))
        {
            var page = BuiltSites.Parse(file);
            foreach (var content in page.QuerySelectorAll("main .prose, main .lead").ToList())
            {
                content.Remove();
            }

            var times = System.Text.RegularExpressions.Regex.Count(page.QuerySelector("main")?.TextContent ?? string.Empty, "平成27年11月24日時点");
            if (times > 1)
            {
                repeated.Add($"{Path.GetRelativePath(sites.RootBuild, file)}: {times}");
            }
        }

        Assert.True(repeated.Count == 0, string.Join('\n', repeated));
    }

    [Fact]
    public void The_boundaries_stay_small()
    {
        var svg = BuiltSites.Parse(Path.Combine(sites.RootBuild, "towns", "index.html")).QuerySelector("svg.town-map")!.OuterHtml;
        Assert.True(svg.Length < 12_000, $"the map is {svg.Length} characters");
    }

    [Fact]
    public void The_open_data_gives_each_town_its_local_government_code()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(sites.RootBuild, "data", "projects.json")));
        var codes = json.RootElement.GetProperty("towns").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("code").GetString());
        Assert.Equal("032018", codes["morioka"]);
        Assert.Equal("033031", codes["iwate"]);
        Assert.Equal(8, codes.Count);
    }
}

/// <summary>What a wrong code, a missing area or an office outside its town tells the staff.</summary>
public sealed class TownAreaDiagnosticsTests : SiteCopyTests
{
    private const string Towns = "data/towns.csv";

    [Fact]
    public async Task A_code_with_a_wrong_check_digit_is_a_warning_at_its_cell_and_the_town_becomes_a_dot()
    {
        var line = _site.LineOf(Towns, "shiwa,");
        _site.ReplaceLine(Towns, line, "shiwa,紫波町,しわちょう,町,7,,033210");
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, "MS170", Towns, line, "紫波町の団体コード「033210」は", "\"033210\", the local government code of \"紫波町\"", Severity.Warning);
        var map = BuiltSites.Parse(_out["towns/index.html"]).QuerySelector("svg.town-map")!;
        Assert.Null(map.QuerySelector("path[data-town=shiwa]"));
        Assert.NotNull(map.QuerySelector("a[data-town=shiwa]"));
    }

    [Fact]
    public async Task A_town_the_file_does_not_have_is_a_warning()
    {
        var line = _site.LineOf(Towns, "yahaba,");
        _site.ReplaceLine(Towns, line, "yahaba,矢巾町,やはばちょう,町,8,,131016"); // 千代田区: not in Iwate's file.
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, "MS171", "data/boundaries.topojson", 1, "矢巾町（団体コード 131016）の境界がありません", "has no boundary for \"矢巾町\"", Severity.Warning);
    }

    [Fact]
    public async Task An_office_outside_its_own_town_is_a_warning_at_its_row()
    {
        const string Positions = "data/town-positions.csv";
        var line = _site.LineOf(Positions, "yahaba,");
        _site.ReplaceLine(Positions, line, "yahaba,39.9561,141.0711"); // 八幡平市役所
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, "MS172", Positions, line, "矢巾町の位置（緯度 39.9561、経度 141.0711）は、矢巾町の区域の外", "lies outside the town's own area", Severity.Warning);
    }

    [Fact]
    public async Task A_boundary_file_that_is_not_topojson_is_an_error()
    {
        _site.Write("data/boundaries.topojson", "{\"type\":\"Topology\"}");
        var result = await _site.BuildAsync(_out.Path);
        Assert.False(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, "MS173", "data/boundaries.topojson", 1, "TopoJSON として読めません", "cannot be read as TopoJSON", Severity.Error);
    }
}

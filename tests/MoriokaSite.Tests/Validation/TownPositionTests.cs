using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>
/// data/town-positions.csv places each town on the map. A town added to towns.csv without a position is a
/// warning naming the missing row: the site still builds, and the town is listed under the map.
/// </summary>
public sealed class TownPositionTests : SiteCopyTests
{
    private const string Towns = "data/towns.csv";
    private const string Positions = "data/town-positions.csv";

    private void AddNinthTown()
    {
        _site.Edit(Towns, t => t + "nishiwaga,西和賀町,にしわがまち,町,9,\n");
        _site.Edit(ProjectRows.Path, t => t.Replace(",8市町,", ",9市町,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_town_without_a_position_is_warned_about_at_its_row_and_listed_but_not_drawn()
    {
        AddNinthTown();
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, "MS160", Towns, 10, "西和賀町の地図上の位置がありません。data/town-positions.csv に「nishiwaga」の行を加え", "There is no map position for \"西和賀町\". Add a row for \"nishiwaga\" to \"data/town-positions.csv\"", Severity.Warning);

        var page = BuiltSites.Parse(_out["towns/index.html"]);
        Assert.Equal(8, page.QuerySelectorAll("svg.town-map a").Length);
        Assert.Contains(page.QuerySelectorAll("ul.town-counts a"), a => a.TextContent == "西和賀町");
    }

    [Fact]
    public async Task A_town_with_a_position_appears_on_the_map()
    {
        AddNinthTown();
        _site.Edit(Positions, t => t + "nishiwaga,39.3169,140.7806\n");
        var result = await _site.BuildAsync(_out.Path);
        Assert.Empty(result.Diagnostics);
        var link = BuiltSites.Parse(_out["index.html"]).QuerySelector("svg.town-map a[data-town=nishiwaga]")!;
        Assert.Equal("/towns/nishiwaga/", link.GetAttribute("href"));
        Assert.Equal("西和賀町95事業", link.TextContent);
    }

    [Fact]
    public void A_region_without_the_file_warns_about_every_town()
    {
        File.Delete(_site.PathOf(Positions));
        var (model, diagnostics) = _site.Validate();
        Assert.NotNull(model);
        Assert.Equal(8, diagnostics.Count(d => d.Code == "MS160" && d.Severity == Severity.Warning));
    }

    [Fact]
    public void A_position_for_an_unknown_town_lists_the_ids()
    {
        var line = _site.LineOf(Positions, "shiwa,");
        _site.ReplaceLine(Positions, line, "siwa,39.5547,141.1557");
        var diagnostics = _site.Validate().Diagnostics;
        DiagnosticAssert.Single(diagnostics, "MS161", Positions, line, "ID「siwa」の市町村は data/towns.csv にありません", "There is no town with the ID \"siwa\" in data/towns.csv. Write one of \"morioka\"");
    }

    [Theory]
    [InlineData("39°33′17″")]
    [InlineData("139.5")]
    public void A_latitude_that_is_not_decimal_degrees_is_reported_at_its_cell(string value)
    {
        var line = _site.LineOf(Positions, "shiwa,");
        _site.ReplaceLine(Positions, line, $"shiwa,{value},141.1557");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS162", Positions, line, $"「{value}」は緯度・経度として読めません", $"\"{value}\" cannot be read as a latitude or longitude");
        Assert.Equal("shiwa,".Length + 1, d.Location.Column);
    }

    [Theory]
    [InlineData("-33.8688", "151.2093", "日本の外です", "is outside Japan")]
    [InlineData("89.9999", "141.1557", "日本の外です", "is outside Japan")]
    [InlineData("-0", "141.1557", "日本の外です", "is outside Japan")]
    [InlineData("35.6812", "139.7671", "いちばん近いほかの市町村から約", "km from the nearest other town")]
    public async Task A_position_that_cannot_be_right_is_warned_about_at_its_row_and_left_off_the_map_without_squeezing_it(string latitude, string longitude, string japanese, string english)
    {
        var line = _site.LineOf(Positions, "shiwa,");
        _site.ReplaceLine(Positions, line, $"shiwa,{latitude},{longitude}");

        var result = await _site.BuildAsync(_out.Path);

        Assert.True(result.Succeeded);
        var d = DiagnosticAssert.Single(result.Diagnostics, "MS163", Positions, line, $"紫波町の位置（緯度 {(latitude == "-0" ? "0" : latitude)}、経度 {longitude}）は", "The position of \"紫波町\"", Severity.Warning);
        Assert.Contains(japanese, d.Message, StringComparison.Ordinal);
        Assert.Contains(english, d.English, StringComparison.Ordinal);
        Assert.Equal("shiwa,".Length + 1, d.Location.Column);

        var map = BuiltSites.Parse(_out["towns/index.html"]).QuerySelector("svg.town-map")!;
        Assert.Equal(7, map.QuerySelectorAll("a").Length);
        Assert.Null(map.QuerySelector("a[data-town=shiwa]"));
        var xs = map.QuerySelectorAll("circle").Select(c => double.Parse(c.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(xs.Max() - xs.Min() > 100, $"The towns are squeezed together: x from {xs.Min()} to {xs.Max()}.");
    }

    [Fact]
    public void The_region_s_own_towns_and_a_ninth_town_a_little_apart_are_not_far()
    {
        AddNinthTown();
        _site.Edit(Positions, t => t + "nishiwaga,39.3169,140.7806\n");
        Assert.DoesNotContain(_site.Validate().Diagnostics, d => d.Code == "MS163");
    }
}

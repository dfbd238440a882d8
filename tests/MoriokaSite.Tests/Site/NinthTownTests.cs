using System.Text.Json;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A ninth municipality joins the region (a 連携中枢都市圏 grows by new agreements): the change is a row of
/// data/towns.csv and the projects it joins, and every page, count, download and index follows with no
/// change to the generator or the theme.
/// </summary>
public sealed class NinthTownTests : SiteCopyTests, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        _site.Edit("data/towns.csv", t => t + "nishiwaga,西和賀町,にしわがまち,町,9,\n");

        // The new town joins every project of all the towns, and two of the projects of some of them.
        _site.Edit(ProjectRows.Path, t => t.Replace(",8市町,", ",9市町,", StringComparison.Ordinal));
        ProjectRows.SetCell(_site, "p074", "関係市町", "盛岡市、滝沢市、西和賀町");
        ProjectRows.SetCell(_site, "p095", "関係市町", "西和賀町、盛岡市");
        _site.Edit("data/town-positions.csv", t => t + "nishiwaga,39.3169,140.7806\n");
        var result = await _site.BuildAsync(_out.Path);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Read(string path) => File.ReadAllText(_out[path]);

    [Fact]
    public void The_town_has_its_page_its_agreement_and_its_download()
    {
        var page = Read("towns/nishiwaga/index.html");
        Assert.Contains("関係市町に西和賀町が含まれる事業は97事業です（西和賀町を含む一部の市町による事業 2事業、9市町すべてによる事業 95事業）", page);
        Assert.Contains("盛岡市と西和賀町の連携協約（案）", page);
        Assert.Contains("<title>盛岡市と西和賀町の連携協約（案） | ", Read("towns/nishiwaga/agreement/index.html"));
        Assert.Contains("盛岡市及び西和賀町は", Read("towns/nishiwaga/agreement/index.html"));
        Assert.Equal(98, Read("data/towns/nishiwaga.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void The_central_city_concludes_eight_agreements_and_lists_the_new_one()
    {
        var page = Read("towns/morioka/index.html");
        Assert.Contains("盛岡市と8つの市町との間でそれぞれ締結する", page);
        Assert.Contains("towns/nishiwaga/agreement/", page);
        Assert.Contains("towns/nishiwaga/agreement/", Read("agreement/index.html"));
    }

    [Fact]
    public void The_pages_say_nine_towns_where_they_said_eight()
    {
        var pages = BuiltSites.HtmlFiles(_out.Path).Select(File.ReadAllText).ToList();
        Assert.Contains(pages, p => p.Contains("9市町（全市町）", StringComparison.Ordinal));
        Assert.Contains("9市町すべてによる事業", Read("towns/shiwa/index.html"));
        Assert.Contains("<span>9市町（全市町）：</span>", Read("projects/p001/index.html"));
        // Only the generator's words are checked: a summary may still speak of 8市町 as the source does.
        Assert.DoesNotContain(pages, p => p.Contains("8市町（", StringComparison.Ordinal) || p.Contains("8市町すべて", StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("towns/nishiwaga/", p)); // the footer lists every town
    }

    [Fact]
    public void The_search_index_names_the_town_its_reading_and_the_word_for_all()
    {
        using var meta = JsonDocument.Parse(Read("search/index/meta.json"));
        var root = meta.RootElement;
        Assert.Equal("nishiwaga", root.GetProperty("towns")[8].GetString());
        Assert.Equal("西和賀町", root.GetProperty("townNames")[8].GetString());
        Assert.Contains("にしわが", root.GetProperty("townAliases")[8].EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("9市町（全市町）", root.GetProperty("words").GetProperty("towns.all").GetString());
        Assert.Equal("ff1", root.GetProperty("town")[0].GetString()); // p001: all nine towns, four to a hex digit
        Assert.Contains("value=\"nishiwaga\"", Read("search/index.html"));
    }

    [Fact]
    public void The_open_data_and_its_schema_know_the_town()
    {
        using var schema = JsonDocument.Parse(Read("data/projects.schema.json"));
        var towns = schema.RootElement.GetProperty("properties").GetProperty("projects").GetProperty("items").GetProperty("properties").GetProperty("towns");
        Assert.Contains("nishiwaga", towns.GetProperty("items").GetProperty("enum").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("nishiwaga", towns.GetProperty("description").GetString());

        using var data = JsonDocument.Parse(Read("data/projects.json"));
        var p095 = data.RootElement.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "p095");
        Assert.Equal(["morioka", "nishiwaga"], p095.GetProperty("towns").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("nishiwaga", Read("data/index.html"));
    }

    [Fact]
    public void The_feed_still_has_every_project()
    {
        var feed = Read("feed.xml");
        Assert.Equal(107, feed.Split("<entry>").Length - 1);
    }
}

using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>The search page as the server writes it: what a visitor without JavaScript gets, and the header box on every page.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class SearchPageTests(BuiltSites sites)
{
    private const string Base = "/MoriokaSite/";

    private string SearchPage => Path.Combine(sites.SubPathBuild, "search/index.html");

    [Fact]
    public void Without_javascript_the_search_page_lists_every_project_and_says_filtering_needs_it()
    {
        var page = BuiltSites.Parse(SearchPage);
        var links = page.QuerySelectorAll("#search-results > li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(RealSite.Model.Projects.Select(p => $"{Base}projects/{p.Id}/"), links);
        Assert.Equal("全107件", page.QuerySelector("#search-status")!.TextContent);
        Assert.Contains("JavaScript が必要", page.QuerySelector("noscript")!.InnerHtml, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("[data-search-filters]")!.HasAttribute("hidden"));
    }

    [Fact]
    public void The_filters_are_labelled_checkboxes_of_the_search_form()
    {
        var page = BuiltSites.Parse(SearchPage);
        var groups = page.QuerySelectorAll("[data-search-filters] fieldset").ToList();
        Assert.Equal(["区分", "備考", "市町", "分野"], groups.Select(g => g.QuerySelector("legend")!.TextContent));
        var counts = new Dictionary<string, int> { ["status"] = 3, ["tag"] = 4, ["town"] = 8, ["field"] = 17 };
        foreach (var (name, count) in counts)
        {
            var boxes = page.QuerySelectorAll($"input[type=checkbox][name={name}]").ToList();
            Assert.Equal(count, boxes.Count);
            Assert.All(boxes, box =>
            {
                Assert.Equal("search-form", box.GetAttribute("form"));
                Assert.Equal("LABEL", box.ParentElement!.TagName);
                Assert.False(string.IsNullOrWhiteSpace(box.ParentElement.TextContent));
            });
        }

        Assert.Equal(RealSite.Model.Towns.Select(t => t.Slug), page.QuerySelectorAll("input[name=town]").Select(b => b.GetAttribute("value")));
        Assert.Equal("滝沢市", page.QuerySelector("input[value=takizawa]")!.GetAttribute("data-label"));
    }

    [Fact]
    public void The_index_gives_search_js_every_town_its_readings_and_the_word_for_all_of_them()
    {
        using var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(sites.SubPathBuild, "search/index/meta.json")));
        var root = meta.RootElement;
        var takizawa = RealSite.Model.Towns.Select(t => t.Slug).ToList().IndexOf("takizawa");
        Assert.Equal(RealSite.Model.Towns.Select(t => t.Name), root.GetProperty("townNames").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["滝沢市", "滝沢", "たきざわし", "たきざわ"], root.GetProperty("townAliases")[takizawa].EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["滝沢市", "滝沢", "滝沢市", "滝沢"], root.GetProperty("townWritten")[takizawa].EnumerateArray().Select(a => a.GetString()));
        var iwate = RealSite.Model.Towns.Select(t => t.Slug).ToList().IndexOf("iwate");
        Assert.Equal(["岩手"], root.GetProperty("townShared")[iwate].EnumerateArray().Select(a => a.GetString())); // 南岩手山岳遭難対策事業 is not 岩手町's
        Assert.Empty(root.GetProperty("townShared")[takizawa].EnumerateArray());
        var words = root.GetProperty("words");
        Assert.Equal("8市町（全市町）", words.GetProperty("towns.all").GetString());
        Assert.Equal("関係市町：", words.GetProperty("towns.label").GetString());
        Assert.Equal("事業名や説明に{words}とある事業を先に、次に一部の市町だけが関係する事業を、最後に全市町が関係する事業を並べています。", words.GetProperty("search.townOrder").GetString());
    }

    [Fact]
    public void The_page_knows_where_its_index_is_and_which_build_it_is()
    {
        var app = BuiltSites.Parse(SearchPage).QuerySelector("#search-app")!;
        Assert.Equal($"{Base}search/index/", app.GetAttribute("data-index"));
        Assert.Matches("^[0-9a-f]{12}$", app.GetAttribute("data-version")!);
        Assert.True(File.Exists(Path.Combine(sites.SubPathBuild, "search/index/meta.json")));
    }

    [Fact]
    public void Every_other_page_has_a_search_box_that_is_a_get_form_to_the_search_page()
    {
        foreach (var file in BuiltSites.HtmlFiles(sites.SubPathBuild).Where(f => f != SearchPage))
        {
            var form = BuiltSites.Parse(file).QuerySelector("header form[role=search]");
            Assert.True(form is not null, file);
            Assert.Equal($"{Base}search/", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.NotNull(form.QuerySelector($"label[for={input.Id}]"));
        }

        Assert.Null(BuiltSites.Parse(SearchPage).QuerySelector("header form[role=search]"));
    }
}

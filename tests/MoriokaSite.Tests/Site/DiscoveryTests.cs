using System.Text.Json;
using System.Xml.Linq;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>What search engines, feed readers and link previews read from the built real site.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class DiscoveryTests(BuiltSites sites)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private string Output(string path) => Path.Combine(sites.SubPathBuild, path);

    [Fact]
    public void Every_page_has_canonical_open_graph_and_twitter_tags_with_the_shipped_share_image()
    {
        foreach (var file in BuiltSites.HtmlFiles(sites.SubPathBuild).Where(f => !f.EndsWith("404.html")))
        {
            var doc = BuiltSites.Parse(file);
            string? Meta(string selector) => doc.QuerySelector(selector)?.GetAttribute("content");
            var canonical = doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
            Assert.Equal(canonical, Meta("meta[property='og:url']"));
            Assert.Equal(doc.QuerySelector("h1")!.TextContent.Trim(), Meta("meta[property='og:title']"));
            Assert.Equal(Meta("meta[name=description]"), Meta("meta[property='og:description']"));
            Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
            Assert.Equal(BuiltSites.SubPathUrl + "assets/share.png", Meta("meta[property='og:image']"));
        }

        Assert.True(new FileInfo(Output("assets/share.png")).Length > 1000);
    }

    [Fact]
    public void Structured_data_names_the_region_its_eight_municipalities_and_each_project_s_providers()
    {
        JsonElement LdOf(string page) => JsonDocument.Parse(BuiltSites.Parse(Output(page)).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        var home = LdOf("index.html");
        Assert.Equal("GovernmentOrganization", home.GetProperty("@type").GetString());
        Assert.Equal(8, home.GetProperty("member").GetArrayLength());
        Assert.All(home.GetProperty("member").EnumerateArray(), m => Assert.Equal("GovernmentOrganization", m.GetProperty("@type").GetString()));

        var town = LdOf("towns/yahaba/index.html");
        Assert.Equal("矢巾町", town.GetProperty("name").GetString());
        Assert.Equal(BuiltSites.SubPathUrl, town.GetProperty("parentOrganization").GetProperty("url").GetString());

        var project = LdOf("projects/p080/index.html");
        Assert.Equal("GovernmentService", project.GetProperty("@type").GetString());
        Assert.Equal(SourceProject.All.Single(p => p.Id == "p080").Name, project.GetProperty("name").GetString());
        Assert.Equal(SourceProject.All.Single(p => p.Id == "p080").TownSlugList.Count, project.GetProperty("provider").GetArrayLength());
    }

    [Fact]
    public void The_feed_has_an_entry_per_project_dated_from_the_data_and_is_announced_on_every_page()
    {
        var feed = XDocument.Load(Output("feed.xml"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(107, entries.Count);
        Assert.All(entries, e => Assert.Equal("2015-11-24T00:00:00+09:00", e.Element(Atom + "updated")!.Value));
        Assert.Equal(SourceProject.All.Select(p => BuiltSites.SubPathUrl + $"projects/{p.Id}/"), entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal(BuiltSites.SubPathUrl + "feed.xml", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotNull(BuiltSites.Parse(Output("schedule/index.html")).QuerySelector("link[rel=alternate][type='application/atom+xml'][href='/MoriokaSite/feed.xml']"));
    }

    [Fact]
    public void Robots_points_at_the_sitemap_and_there_is_no_cname_without_a_custom_domain()
    {
        Assert.Contains($"Sitemap: {BuiltSites.SubPathUrl}sitemap.xml", File.ReadAllText(Output("robots.txt")));
        Assert.False(File.Exists(Output("CNAME")));
        Assert.True(File.Exists(Output(".nojekyll")));
    }
}

using System.Text.Json;
using System.Xml.Linq;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>What search engines, feed readers and link previews read from the built 2015 fixture.</summary>
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
    public void Structured_data_claims_no_organisation_the_source_does_not_name_and_no_service_yet_provided()
    {
        JsonElement LdOf(string page) => JsonDocument.Parse(BuiltSites.Parse(Output(page)).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        // The 連携中枢都市圏 had not been formed on the source's date: the home page is a website about an area, not an organisation's.
        var home = LdOf("index.html");
        Assert.Equal("WebSite", home.GetProperty("@type").GetString());
        Assert.Equal("AdministrativeArea", home.GetProperty("about").GetProperty("@type").GetString());
        Assert.Equal("盛岡広域圏", home.GetProperty("about").GetProperty("name").GetString());
        Assert.False(home.TryGetProperty("publisher", out _)); // site.json names no publisher
        Assert.Equal(8, home.GetProperty("mentions").GetArrayLength());
        Assert.All(home.GetProperty("mentions").EnumerateArray(), m => Assert.Equal("GovernmentOrganization", m.GetProperty("@type").GetString()));

        var town = LdOf("towns/yahaba/index.html");
        Assert.Equal("矢巾町", town.GetProperty("name").GetString());
        Assert.False(town.TryGetProperty("parentOrganization", out _));

        // A candidate project is described by its page, not as a service someone provides.
        var project = LdOf("projects/p080/index.html");
        Assert.Equal("WebPage", project.GetProperty("@type").GetString());
        Assert.Equal(SourceProject.All.Single(p => p.Id == "p080").Name, project.GetProperty("name").GetString());
        Assert.Equal(SourceProject.All.Single(p => p.Id == "p080").TownSlugList.Count, project.GetProperty("mentions").GetArrayLength());

        var everything = string.Join('\n', BuiltSites.HtmlFiles(sites.SubPathBuild).Select(f => BuiltSites.Parse(f).QuerySelector("script[type='application/ld+json']")?.TextContent));
        Assert.DoesNotContain("GovernmentService", everything);
        Assert.DoesNotContain("盛岡広域連携中枢都市圏\"", everything);
    }

    [Fact]
    public void The_feed_claims_no_licence_while_none_is_decided()
    {
        var feed = XDocument.Load(Output("feed.xml"));
        Assert.Null(feed.Root!.Element(Atom + "rights"));
        Assert.Equal("盛岡市 市長公室", feed.Root.Element(Atom + "author")!.Element(Atom + "name")!.Value);
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

using System.Xml.Linq;
using MoriokaSite.Commands;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A build whose base URL is a bare path ("/", the default) has no host to name: it writes only what
/// is valid without one, and says once what it left out.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class BuildWithoutHostTests(BuiltSites sites)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void No_sitemap_and_no_sitemap_line_in_robots_txt()
    {
        Assert.False(File.Exists(Path.Combine(sites.RootBuild, "sitemap.xml")));
        Assert.Equal("User-agent: *\nAllow: /\n", File.ReadAllText(Path.Combine(sites.RootBuild, "robots.txt")));
        Assert.Contains("Sitemap: https://example.github.io/MoriokaSite/sitemap.xml", File.ReadAllText(Path.Combine(sites.SubPathBuild, "robots.txt")));
    }

    [Fact]
    public void Pages_carry_no_relative_og_url_or_og_image()
    {
        foreach (var file in BuiltSites.HtmlFiles(sites.RootBuild))
        {
            var doc = BuiltSites.Parse(file);
            Assert.Null(doc.QuerySelector("meta[property='og:url']"));
            Assert.Null(doc.QuerySelector("meta[property='og:image']"));
            Assert.Null(doc.QuerySelector("meta[name='twitter:image']"));
            Assert.Equal("summary", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        }
    }

    [Fact]
    public void Feed_ids_are_absolute_iris_the_same_in_every_build()
    {
        var feed = XDocument.Load(Path.Combine(sites.RootBuild, "feed.xml"));
        var ids = feed.Descendants(Atom + "id").Select(e => e.Value).ToList();
        Assert.Equal(108, ids.Count); // The feed and its 107 entries.
        Assert.All(ids, id => Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(XDocument.Load(Path.Combine(sites.SubPathBuild, "feed.xml")).Descendants(Atom + "id"), id => Assert.StartsWith(BuiltSites.SubPathUrl, id.Value));
    }

    [Fact]
    public async Task The_build_command_says_once_what_it_left_out_and_says_nothing_with_a_host()
    {
        using var site = new SiteCopy();
        using var output = new TempFolder();
        var (err, outText) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, await Program.RunAsync(["build", "--root", site.Root, "--output", output["a"]], outText, err));
        Assert.Single(outText.ToString().Split('\n'), l => l.Contains("sitemap.xml", StringComparison.Ordinal));
        Assert.Contains(CommandMessages.WithoutHost.Japanese, outText.ToString());
        Assert.Equal(string.Empty, err.ToString());

        outText = new StringWriter();
        Assert.Equal(0, await Program.RunAsync(["build", "--root", site.Root, "--output", output["b"], "--base-url", "https://example.github.io/x/"], outText, err));
        Assert.DoesNotContain("sitemap.xml", outText.ToString());
    }
}

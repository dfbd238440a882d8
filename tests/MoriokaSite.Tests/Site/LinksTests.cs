using MoriokaSite.Tests.Support;
using Xunit.Abstractions;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// The link checker: every internal link resolves to a file of the output, at the root and under a
/// sub-path; every #fragment exists on its page; external links are listed, never fetched, and https.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class LinksTests(BuiltSites sites, ITestOutputHelper log)
{
    public static TheoryData<string, string> Builds => new() { { "root", "/" }, { "sub", "/MoriokaSite/" } };

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_internal_href_and_src_resolves_to_a_file_of_the_output(string build, string basePath)
    {
        var folder = build == "root" ? sites.RootBuild : sites.SubPathBuild;
        var checkedLinks = 0;
        foreach (var file in BuiltSites.HtmlFiles(folder))
        {
            var doc = BuiltSites.Parse(file);
            foreach (var element in doc.QuerySelectorAll("[href], [src]").Where(e => e.GetAttribute("rel") != "canonical" && e.GetAttribute("property") is null))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                // Relative links would break on 404.html, which GitHub Pages serves at any depth.
                Assert.True(link.StartsWith(basePath, StringComparison.Ordinal), $"{file}: {link} is not under {basePath}");
                var path = link[basePath.Length..].Split('#', '?')[0];
                var target = Path.Combine(folder, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
                Assert.True(File.Exists(target), $"{file}: {link} → {target} does not exist");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 4000, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Every_fragment_names_an_element_of_its_target_page()
    {
        var ids = new Dictionary<string, HashSet<string>>();
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var set) ? set
            : ids[file] = BuiltSites.Parse(file).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();

        var fragments = 0;
        foreach (var file in BuiltSites.HtmlFiles(sites.SubPathBuild))
        {
            foreach (var href in BuiltSites.Parse(file).QuerySelectorAll("a[href*='#']").Select(a => a.GetAttribute("href")!))
            {
                var (path, fragment) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
                var target = path.Length == 0 ? file : Path.Combine(sites.SubPathBuild, path["/MoriokaSite/".Length..], "index.html");
                Assert.Contains(fragment, IdsOf(target));
                fragments++;
            }
        }

        Assert.True(fragments >= 146, $"only {fragments} fragments"); // At least the skip link of every page.
    }

    [Fact]
    public void External_links_are_listed_and_all_use_https()
    {
        var external = BuiltSites.HtmlFiles(sites.SubPathBuild)
            .SelectMany(f => BuiltSites.Parse(f).QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(l => l.Contains("//", StringComparison.Ordinal) && !l.StartsWith(BuiltSites.SubPathUrl, StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var link in external)
        {
            log.WriteLine("external (not fetched): " + link);
        }

        // The real site links outside only to a licence site.json names; none is decided yet, so the list may be empty.
        Assert.All(external, l => Assert.StartsWith("https://", l));
    }

    [Fact]
    public void The_404_page_links_and_styles_from_the_base_path_so_it_works_at_any_depth()
    {
        var doc = BuiltSites.Parse(Path.Combine(sites.SubPathBuild, "404.html"));
        Assert.Equal("/MoriokaSite/assets/style.css", doc.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        var links = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#') && !h.StartsWith("https://", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/MoriokaSite/", href));
    }

    [Fact]
    public void Canonical_urls_and_the_sitemap_use_the_configured_host()
    {
        var doc = BuiltSites.Parse(Path.Combine(sites.SubPathBuild, "fields/tourism/index.html"));
        Assert.Equal(BuiltSites.SubPathUrl + "fields/tourism/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var sitemap = System.Xml.Linq.XDocument.Load(Path.Combine(sites.SubPathBuild, "sitemap.xml"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Equal(147, locs.Count);
        Assert.All(locs, l => Assert.StartsWith(BuiltSites.SubPathUrl, l));
        Assert.Contains(BuiltSites.SubPathUrl + "towns/iwate/agreement/", locs);
        Assert.Contains("Sitemap: " + BuiltSites.SubPathUrl + "sitemap.xml", File.ReadAllText(Path.Combine(sites.SubPathBuild, "robots.txt")));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = Directory.GetFiles(sites.SubPathBuild, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(sites.SubPathBuild, f)).Order(StringComparer.Ordinal).ToList();
        var second = Directory.GetFiles(sites.SubPathAgain, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(sites.SubPathAgain, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first, second);
        foreach (var file in first)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(sites.SubPathBuild, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(sites.SubPathAgain, file))), file);
        }
    }
}

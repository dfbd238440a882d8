using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// One separator per purpose on every page a reader sees. What the site lists (towns, labels, links, counts) is
/// joined by 「、」, never by 「・」, which the source's own names use inside them (教育・文化・スポーツ, 盛岡・八幡平):
/// 「（教育・文化・スポーツ・既存）」 could not be read. A field's place under its pillar is 「柱／まとまり」, with no
/// spaces around ／, in the text and in the charts alike; a page's title and the site's name are joined by 「 | 」.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed partial class SeparatorTests(BuiltSites sites)
{
    private IEnumerable<(string File, IHtmlDocument Doc)> Pages() =>
        BuiltSites.HtmlFiles(sites.RootBuild).Select(f => (Path.GetRelativePath(sites.RootBuild, f), BuiltSites.Parse(f)));

    private IHtmlDocument Page(string path) => BuiltSites.Parse(Path.Combine(sites.RootBuild, path, "index.html"));

    private static IEnumerable<(string File, string Text)> TextsOf(IEnumerable<(string File, IHtmlDocument Doc)> pages, string selector) =>
        pages.SelectMany(p => p.Doc.QuerySelectorAll(selector).Select(e => (p.File, e.TextContent.Trim())));

    [Fact]
    public void Lists_of_towns_are_joined_by_the_ideographic_comma()
    {
        var towns = RealSite.Model.Region.Towns.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var lists = TextsOf(Pages(), ".project-meta > span, .shared-towns").Where(l => !l.Text.StartsWith(RealSite.Model.Region.AllTowns, StringComparison.Ordinal)).ToList();
        Assert.Contains(lists, l => l.Text.Contains('、', StringComparison.Ordinal)); // the lists are there, and some of them long
        foreach (var (file, text) in lists)
        {
            Assert.All(text.Split('、'), name => Assert.True(towns.Contains(name), $"{file}: 「{text}」 is not a list of towns joined by 「、」"));
        }
    }

    [Fact]
    public void Lists_of_labels_are_joined_by_the_ideographic_comma_even_after_a_field_whose_name_has_a_middle_dot()
    {
        var model = RealSite.Model;
        var labels = model.Labels.Statuses.Select(s => s.Short).Concat(model.Labels.Tags.Select(t => t.Short)).Concat(model.Fields.Select(f => f.ShortTitle))
            .ToHashSet(StringComparer.Ordinal);
        var lists = TextsOf(Pages(), ".compact-meta").ToList();
        Assert.Contains(lists, l => l.Text.StartsWith("（教育・文化・スポーツ、", StringComparison.Ordinal));
        foreach (var (file, text) in lists)
        {
            Assert.Matches("^（.+）$", text);
            Assert.All(text[1..^1].Split('、'), label => Assert.True(labels.Contains(label), $"{file}: 「{text}」 is not a list of labels joined by 「、」"));
        }
    }

    [Fact]
    public void Links_and_counts_side_by_side_are_joined_by_the_ideographic_comma()
    {
        foreach (var (file, text) in TextsOf(Pages(), ".data-links"))
        {
            Assert.True(text.Contains("（JSON、CSV、フィード）", StringComparison.Ordinal), $"{file}: {text}");
        }

        var counts = Page("").QuerySelectorAll(".pillar-count").Select(e => e.TextContent).ToList();
        Assert.Equal(RealSite.Model.Pillars.Count, counts.Count);
        Assert.All(counts, c => Assert.Matches(@"^\d+分野、\d+事業$", c));
    }

    [Fact]
    public void A_field_s_place_under_its_pillar_is_one_slash_without_spaces_on_its_page_its_projects_and_the_charts()
    {
        var field = RealSite.Model.Fields.First(f => f.Area is not null);
        var place = field.Pillar.Name + "／" + field.Area!.Name;
        Assert.Equal(place, Page($"fields/{field.Slug}").QuerySelector(".eyebrow")!.TextContent.Trim());
        var project = RealSite.Model.Projects.First(p => p.Field == field);
        Assert.Contains(place, Page($"projects/{project.Id}").QuerySelectorAll(".facts dd").Select(d => d.TextContent.Trim()));
        Assert.Contains(Page("").QuerySelectorAll("svg text.group"), t => place.StartsWith(t.TextContent, StringComparison.Ordinal) && t.TextContent.Contains('／', StringComparison.Ordinal));

        foreach (var (_, doc) in Pages())
        {
            Assert.DoesNotMatch(SpacedSlash(), doc.DocumentElement.TextContent);
        }
    }

    [Fact]
    public void A_page_s_title_and_the_site_s_name_are_joined_by_a_vertical_bar()
    {
        var site = RealSite.Model.Config.Title;
        foreach (var (file, doc) in Pages().Where(p => p.File != "index.html"))
        {
            Assert.True(doc.Title!.EndsWith(" | " + site, StringComparison.Ordinal), $"{file}: {doc.Title}");
            Assert.DoesNotContain("｜", doc.Title, StringComparison.Ordinal);
        }
    }

    /// <summary>A slash with a space of any width on either side: the rejected 「柱 ／ まとまり」.</summary>
    [GeneratedRegex(@"[\s\u3000]／|／[\s\u3000]")]
    private static partial Regex SpacedSlash();
}

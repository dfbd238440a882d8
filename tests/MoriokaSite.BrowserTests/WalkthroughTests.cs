using MoriokaSite.Config;
using MoriokaSite.Pipeline;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// The guides' own walk-throughs (docs/editing.md's examples), each applied on a copy of the 2015 fixture as staff
/// would, then held to the publishing run's checks: the build with every check of `check` and every internal link,
/// for each walk-through alone; and the publishing check's whole audit (links, the Nu Html Checker, axe, reflow at
/// 320 px) on every page of the 2015 fixture with all of them applied at once, then its second build. This audit is
/// also the theme's every-page check of HTML, accessibility and reflow. Each must pass: a correct staff edit never
/// stops publishing.
/// </summary>
public sealed class WalkthroughTests
{
    private const string Published = "https://example.github.io/Walkthrough/";

    public static TheoryData<string> Each => [.. Walkthroughs.All];

    [Theory]
    [MemberData(nameof(Each))]
    public async Task Each_walkthrough_builds_without_a_diagnostic_and_with_every_link_working(string walkthrough)
    {
        using var site = new SiteCopy();
        using var output = new TempFolder();
        await Walkthroughs.ApplyAsync(walkthrough, site.Root);

        var result = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, output.Path, BaseUrl.Parse(Published)));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics); // not even a warning: the guide's example is complete
        var folder = SiteFolder.For(output.Path, Published);
        var pages = folder.Pages();
        Assert.Empty(new LinkCheck(folder, Published).Check(pages));
        Expect(walkthrough, output.Path);
    }

    [Fact]
    public async Task All_walkthroughs_together_pass_the_publishing_check_and_its_audit_of_every_page()
    {
        using var site = new SiteCopy();
        using var output = new TempFolder();
        using var record = new TempFolder();
        foreach (var walkthrough in Walkthroughs.All)
        {
            await Walkthroughs.ApplyAsync(walkthrough, site.Root);
        }

        // What tools/publish-check.sh does: build, audit every page, build again with the audit's record.
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions(site.Root, output.Path, BaseUrl.Parse(Published)))).Succeeded);
        var folder = SiteFolder.For(output.Path, Published);
        var pages = folder.Pages();
        var audit = await SiteAudit.RunAsync(folder, Published, pages);
        Assert.True(audit.Findings.Count == 0, string.Join('\n', audit.Findings));
        Assert.True(pages.Count >= 145, $"only {pages.Count} pages audited"); // every page of the 2015 fixture, not a sample
        Assert.Equal([AxeCheck.Id, HtmlCheck.Id, LinkCheck.Id, ReflowCheck.Id], audit.Tools.Keys.Order(StringComparer.Ordinal));
        await File.WriteAllTextAsync(record["accessibility.json"], AuditRecord.Write(folder, audit, new DateOnly(2027, 4, 1)));
        var final = await SiteBuilder.BuildAsync(new BuildOptions(site.Root, output.Path, BaseUrl.Parse(Published), AccessibilityReport: record["accessibility.json"]));
        Assert.True(final.Succeeded, string.Join('\n', final.Diagnostics));
        Assert.Contains("2027年4月1日", await File.ReadAllTextAsync(Path.Combine(output.Path, "accessibility/index.html")));
        foreach (var walkthrough in Walkthroughs.All)
        {
            Expect(walkthrough, output.Path);
        }
    }

    /// <summary>What each walk-through promises the reader of the guide, seen in the built pages.</summary>
    private static void Expect(string walkthrough, string output)
    {
        string Page(string path) => File.ReadAllText(Path.Combine(output, path, "index.html"));
        switch (walkthrough)
        {
            case Walkthroughs.AddProject:
                Assert.Contains("観光案内の多言語化事業", Page("projects/p108/"));
                Assert.Contains("projects/p108/", Page("fields/tourism/"));
                Assert.Contains("projects/p108/", Page("towns/shizukuishi/"));
                break;
            case Walkthroughs.ChangeStatus:
                Assert.Contains("計画", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "projects/p004/index.html"))).QuerySelector("main")!.TextContent);
                break;
            case Walkthroughs.DeleteProject:
                Assert.False(Directory.Exists(Path.Combine(output, "projects/p107")));
                Assert.DoesNotContain("projects/p107/", Page("projects/"));
                break;
            case Walkthroughs.RenameField:
                Assert.Contains("観光の振興", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "fields/tourism/index.html"))).QuerySelector("h1")!.TextContent);
                break;
            case Walkthroughs.NinthTown:
                var hanamaki = Page("towns/hanamaki/");
                Assert.Contains("花巻市", hanamaki);
                Assert.DoesNotContain("projects/p001/", hanamaki); // 「8市町」 kept its eight towns
                Assert.Contains("projects/p001/", Page("towns/shiwa/"));
                break;
            case Walkthroughs.AddPage:
                var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page(string.Empty));
                Assert.Contains("盛岡駅から各市町へは", Page("access/"));
                // Its menu place as the guide says: 交通 between スケジュール (50) and オープンデータ (60).
                var menu = home.QuerySelectorAll("header nav a").Select(a => a.TextContent.Trim()).ToList();
                Assert.Equal(menu.IndexOf("スケジュール") + 1, menu.IndexOf("交通"));
                Assert.Equal(menu.IndexOf("交通") + 1, menu.IndexOf("オープンデータ"));
                break;
        }
    }
}

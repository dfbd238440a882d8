using MoriokaSite.Output;
using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// /accessibility/: the policy, and the results of the audit the publishing run made of exactly the pages built
/// with them — dated by the audit, never by the clock, and refused when they are of other pages.
/// </summary>
public sealed class AccessibilityPageTests : SiteCopyTests
{
    private readonly TempFolder _record = new();

    private string RecordPath => _record["accessibility.json"];

    private Task<BuildResult> BuildAsync(string? record) =>
        SiteBuilder.BuildAsync(new BuildOptions(_site.Root, _out.Path, null, AccessibilityReport: record));

    private void WriteRecord(string fingerprint, int pages = 150) => File.WriteAllText(RecordPath, $$"""
        { "date": "2027-04-01", "pages": {{pages}}, "siteFingerprint": "{{fingerprint}}",
          "checks": [ { "id": "axe", "tool": "axe-core 9.9.9", "problems": 0 }, { "id": "html", "tool": "vnu", "problems": 2 } ] }
        """);

    private AngleSharp.Html.Dom.IHtmlDocument Page() => BuiltSites.Parse(Path.Combine(_out.Path, "accessibility/index.html"));

    [Fact]
    public async Task Results_of_exactly_these_pages_are_shown_with_the_audits_date_and_figures()
    {
        Assert.True((await BuildAsync(null)).Succeeded);
        WriteRecord(SiteFingerprint.OfFolder(_out.Path)); // What the audit computes of the folder it tested.

        var result = await BuildAsync(RecordPath);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var doc = Page();
        var results = doc.QuerySelector("section[aria-labelledby=results]")!.TextContent;
        Assert.Equal("2027-04-01", doc.QuerySelector("#results ~ p time")!.GetAttribute("datetime"));
        Assert.Contains("2027年4月1日", results);
        Assert.Contains("150ページ", results);
        Assert.Equal(
            ["WCAG 2.0・2.1・2.2 レベル A・AA の自動検査", "axe-core 9.9.9", "問題なし", "HTML の文法", "vnu", "問題 2 件"],
            doc.QuerySelectorAll("section[aria-labelledby=results] tbody tr > *").Select(c => c.TextContent));
        Assert.Contains("JIS X 8341-3:2016", doc.QuerySelector("main")!.TextContent);
        Assert.NotNull(BuiltSites.Parse(Path.Combine(_out.Path, "index.html")).QuerySelector("footer a[href='/accessibility/']"));
    }

    [Fact]
    public async Task Before_any_audit_the_page_still_says_how_many_pages_it_covers()
    {
        Assert.True((await BuildAsync(null)).Succeeded);

        var pages = Directory.GetFiles(_out.Path, "*.html", SearchOption.AllDirectories).Length;
        Assert.True(pages > 100, $"{pages} pages");
        Assert.Contains($"いまは{pages}ページ", Page().QuerySelector("section[aria-labelledby=results]")!.TextContent);
    }

    [Fact]
    public async Task Results_of_other_pages_are_refused_and_the_previous_site_stays()
    {
        Assert.True((await BuildAsync(null)).Succeeded);
        WriteRecord(SiteFingerprint.OfFolder(_out.Path));
        var before = FolderSnapshot.Of(_out.Path);
        _site.Edit("content/schedule.md", text => text + "\n追記。\n"); // A page changed after the audit.

        var result = await BuildAsync(RecordPath);

        Assert.False(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, "MS124", RecordPath, 1, "別のページを試験したもの", "are of other pages than the ones just built");
        Assert.Equal(before, FolderSnapshot.Of(_out.Path));
    }

    [Fact]
    public async Task Without_results_the_page_says_when_they_are_recorded()
    {
        Assert.True((await BuildAsync(null)).Succeeded);
        Assert.Contains("公開するたびに", Page().QuerySelector("section[aria-labelledby=results]")!.TextContent);
        Assert.Null(Page().QuerySelector("section[aria-labelledby=results] table"));
    }

    [Fact]
    public async Task A_damaged_results_file_is_reported()
    {
        File.WriteAllText(RecordPath, "{ \"date\": \"昨日\" }");
        var result = await BuildAsync(RecordPath);
        DiagnosticAssert.Single(result.Diagnostics, "MS117", RecordPath, 1, "公開前の検査（bash tools/publish-check.sh", "let the publishing check make them");
    }

    public override void Dispose()
    {
        _record.Dispose();
        base.Dispose();
    }
}

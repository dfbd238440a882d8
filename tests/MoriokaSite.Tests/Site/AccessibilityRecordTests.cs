using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// data/accessibility.json, shown at /accessibility/, must describe the pages the build makes: a
/// page added or removed since the audit ran means the figures on that page are about another site.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class AccessibilityRecordTests(BuiltSites sites)
{
    [Fact]
    public void The_committed_record_describes_the_pages_the_build_makes()
    {
        var record = File.ReadAllText(Path.Combine(Repository.Root, AuditedPages.RecordPath));
        var stale = AuditedPages.Staleness(record, AuditedPages.Of(sites.RootBuild));
        Assert.True(stale is null, stale);
    }

    [Fact]
    public void A_record_of_other_pages_is_stale_and_the_message_names_the_command_that_regenerates_it()
    {
        var pages = AuditedPages.Of(sites.RootBuild);
        var current = $$"""{ "pages": {{pages.Count}}, "pagesFingerprint": "{{AuditedPages.Fingerprint(pages)}}" }""";
        Assert.Null(AuditedPages.Staleness(current, pages));

        // The same number of pages, one renamed: only the fingerprint tells.
        var renamed = pages.Select(p => p == "search/" ? "find/" : p).ToList();
        Assert.Contains(AuditedPages.RecordCommand, AuditedPages.Staleness(current, renamed));

        // A page more, as when /search/ was added after the last audit.
        Assert.Contains($"the build makes {pages.Count + 1}", AuditedPages.Staleness(current, [.. pages, "new/"]));

        // A record written before the fingerprint existed.
        Assert.NotNull(AuditedPages.Staleness($$"""{ "pages": {{pages.Count}} }""", pages));
    }
}

using Microsoft.Playwright;
using MoriokaSite.Building;
using static Microsoft.Playwright.Assertions;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// serve's live preview in a browser: a saved edit shows without a manual reload, a broken save shows
/// its diagnostics over the last good page, and fixing it removes them. Waits are generous: these
/// tests check what the page does, not how fast.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class PreviewTests(BrowserSite browser) : IDisposable
{
    private const string Overlay = "ビルドできません。前回の内容を表示しています";
    private const string Name = "ものづくり人材育成事業";
    private const string NewName = "ものづくり人材育成・定着事業";
    private static readonly LocatorAssertionsToHaveTextOptions Patiently = new() { Timeout = 30_000 };

    private readonly SiteCopy _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_edit_shows_by_itself_a_broken_edit_shows_the_overlay_over_the_last_good_page_and_the_fix_removes_it()
    {
        await using var serve = await RunningServe.StartAsync(_site.Root, BrowserSite.BasePath);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(serve.Url("projects/p001/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(Name);

        ProjectRows.SetCell(_site, "p001", "事業名", NewName);
        await Expect(page.Locator("h1")).ToHaveTextAsync(NewName, Patiently);

        var (line, column) = ProjectRows.SetCell(_site, "p001", "分野", "no-such-field");
        var overlay = page.GetByRole(AriaRole.Alertdialog, new() { Name = Overlay });
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(overlay.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex($"^data/projects\\.csv:{line}:{column}: error MS105: 分野「no-such-field」はありません。"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(NewName);

        // A page opened while the build is broken learns of it on connecting.
        var late = await browser.NewPageAsync();
        await late.GotoAsync(serve.Url("projects/"));
        await Expect(late.GetByRole(AriaRole.Alertdialog, new() { Name = Overlay })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        ProjectRows.SetCell(_site, "p001", "分野", "economic-strategy");
        await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(late.GetByRole(AriaRole.Alertdialog)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(page.Locator("h1")).ToHaveTextAsync(NewName);

        Assert.Equal(0, await serve.StopAsync());
        Assert.EndsWith("プレビューを終了しました。\n", serve.Output);
    }

    [Fact]
    public async Task The_overlay_shows_messages_as_text_and_can_be_closed_with_escape()
    {
        await using var serve = await RunningServe.StartAsync(_site.Root);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(serve.Url("projects/p001/"));

        ProjectRows.SetCell(_site, "p001", "分野", "<b>bold</b>");
        var overlay = page.GetByRole(AriaRole.Alertdialog, new() { Name = Overlay });
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(overlay.GetByRole(AriaRole.Listitem)).ToContainTextAsync("分野「<b>bold</b>」はありません");
        Assert.Equal(0, await overlay.Locator("b").CountAsync());

        await Expect(overlay.GetByRole(AriaRole.Button, new() { Name = "閉じる" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(overlay).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_built_site_carries_no_preview_script()
    {
        var output = _site.PathOf("_site");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(_site.Root, output, "https://example.github.io" + BrowserSite.BasePath));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var carriers = Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("_preview/", StringComparison.Ordinal) || text.Contains("live-reload", StringComparison.Ordinal) || text.Contains("EventSource", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(carriers);
    }
}

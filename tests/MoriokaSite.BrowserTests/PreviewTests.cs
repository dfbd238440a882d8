using Microsoft.Playwright;
using MoriokaSite.Config;
using MoriokaSite.Pipeline;
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
            new System.Text.RegularExpressions.Regex($"^data/projects\\.csv:{line}:{column}: error MS105: \\d+行目・D列（分野）：分野「no-such-field」はありません。"));
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
    public async Task On_a_phone_many_long_messages_scroll_inside_the_overlay_and_its_close_button_stays_in_view()
    {
        await using var serve = await RunningServe.StartAsync(_site.Root);
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(serve.Url("projects/p001/"));

        // Forty rows with an unknown status: far more text than a phone's screen holds.
        _site.Edit(ProjectRows.Path, text => text.Replace(",既存,", ",既存だった,", StringComparison.Ordinal));
        var overlay = page.GetByRole(AriaRole.Alertdialog, new() { Name = Overlay });
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(overlay.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(40, new() { Timeout = 30_000 });

        var close = overlay.GetByRole(AriaRole.Button, new() { Name = "閉じる" });
        var panel = (await overlay.BoundingBoxAsync())!;
        var button = (await close.BoundingBoxAsync())!;
        Assert.True(panel.X >= 0 && panel.Y >= 0 && panel.X + panel.Width <= 390 && panel.Y + panel.Height <= 844, $"panel {panel.X},{panel.Y} {panel.Width}x{panel.Height}");
        Assert.True(button.Y >= 0 && button.Y + button.Height <= 844 && button.X + button.Width <= 390, $"button {button.X},{button.Y}");

        // The list scrolls inside the panel, and the button is still where it was after scrolling it.
        var list = overlay.GetByRole(AriaRole.List);
        Assert.True(await list.EvaluateAsync<bool>("l => l.scrollHeight > l.clientHeight + 100"));
        Assert.True(await list.EvaluateAsync<bool>("l => l.scrollWidth <= l.clientWidth")); // Long paths wrap instead of widening it.
        await list.EvaluateAsync("l => l.scrollTop = l.scrollHeight");
        Assert.Equal(button.Y, (await close.BoundingBoxAsync())!.Y);
        await Expect(close).ToBeInViewportAsync(new() { Ratio = 1 });

        await close.ClickAsync();
        await Expect(overlay).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_built_site_carries_no_preview_script()
    {
        var output = _site.PathOf("_site");
        var result = await SiteBuilder.BuildAsync(new BuildOptions(_site.Root, output, BaseUrl.Parse("https://example.github.io" + BrowserSite.BasePath)));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var carriers = Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("_preview/", StringComparison.Ordinal) || text.Contains("live-reload", StringComparison.Ordinal) || text.Contains("EventSource", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(carriers);
    }
}

namespace MoriokaSite.BrowserTests;

/// <summary>Everything works from the keyboard: Tab reaches every link in order, focus is always visible, Enter follows.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    [Theory]
    [InlineData("")]
    [InlineData("fields/education-culture-sports/")]
    [InlineData("towns/shizukuishi/")]
    [InlineData("projects/p057/")]
    [InlineData("data/")]
    public async Task Tab_reaches_every_link_and_control_with_a_visible_focus(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        var focusable = await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex=\"0\"]').length");

        var reached = new HashSet<string>();
        var invisible = new List<string>();
        for (var i = 0; i < focusable + 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return ['', 'true'];
                  const s = getComputedStyle(e);
                  const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
                  const id = e.tagName + ' ' + (e.getAttribute('href') || e.id || e.name || '') + ' #' + [...document.querySelectorAll('*')].indexOf(e);
                  return [id, String(visible)];
                }
                """);
            if (focus[0].Length > 0)
            {
                reached.Add(focus[0]);
                if (focus[1] != "true")
                {
                    invisible.Add(focus[0]);
                }
            }
        }

        Assert.Equal(focusable, reached.Count);
        Assert.True(invisible.Count == 0, "focus not visible on: " + string.Join(", ", invisible.Distinct().Take(5)));
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_enter_moves_to_the_main_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("fields/tourism/"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("本文へ移動", (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top >= 0; }"));
        await page.Keyboard.PressAsync("Enter");
        // The fragment navigation is the browser's own, finished after the key press returns: wait for it.
        await page.WaitForURLAsync(url => url.EndsWith("#main", StringComparison.Ordinal), new() { Timeout = 10_000 });
        Assert.EndsWith("#main", page.Url);
    }

    [Fact]
    public async Task Enter_on_a_focused_link_follows_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(string.Empty));
        await page.FocusAsync("main a[href$='/fields/tourism/']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/fields/tourism/", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded }); // the heading is there; images need not be
        Assert.Equal("戦略的な観光施策", (await page.TextContentAsync("h1"))?.Trim());
    }

    [Fact]
    public async Task Tab_reaches_the_maps_towns_in_their_listed_order_and_enter_opens_one()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("towns/"));
        var listed = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('ul.town-counts a')].map(a => a.getAttribute('href'))");
        var reached = new List<string>();
        for (var i = 0; i < 60 && reached.Count < listed.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("() => document.activeElement.closest('svg.town-map') ? document.activeElement.getAttribute('href') : null");
            if (href is not null)
            {
                reached.Add(href);
            }
        }

        Assert.Equal(8, listed.Length);
        Assert.Equal(listed, reached);

        await page.FocusAsync("svg.town-map a[data-town='shiwa']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/towns/shiwa/");
        Assert.Equal("紫波町", (await page.TextContentAsync("h1"))?.Trim());
    }
}

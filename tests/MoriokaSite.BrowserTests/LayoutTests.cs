namespace MoriokaSite.BrowserTests;

/// <summary>
/// Phones and zoom: no page scrolls sideways at 200 % zoom of a 1280 px window (at 320 px, WCAG 1.4.10's reflow, the
/// publishing check's audit measures every page: WalkthroughTests), and no line breaks badly at any width.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    /// <summary>
    /// Every page, loaded once and laid out at each width in turn. At 640 px — a 1280 px window at 200 % zoom, as CSS
    /// sees it — nothing scrolls sideways. At 320, 390 and 1280 px, what overflow alone does not show: a table squeezed
    /// to a character a line, a number or file name broken in two, a heading that leaves one character on a line of its
    /// own, a line that begins with ー or っ (禁則), a heading broken inside a phrase (連／携). Those rules are in
    /// Scripts/phone-layout.js, measured in the page as Chromium lays it out.
    /// </summary>
    [Fact]
    public async Task Every_page_reflows_at_200_percent_zoom_and_breaks_its_lines_well_at_320_390_and_1280_px()
    {
        var script = $"({await File.ReadAllTextAsync(Path.Combine(Repository.Root, "tests", "MoriokaSite.BrowserTests", "Scripts", "phone-layout.js"))})()";
        var page = await site.NewPageAsync(320, 800);
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            foreach (var width in new[] { 320, 390, 640, 1280 })
            {
                await page.SetViewportSizeAsync(width, 800);
                if (width == 640)
                {
                    problems.AddRange((await page.EvaluateAsync<string[]>(Overflow)).Select(p => $"/{path} at 200 % zoom: {p}"));
                }
                else
                {
                    problems.AddRange((await page.EvaluateAsync<string[]>(script)).Select(p => $"/{path} at {width}px: {p}"));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    private const string Overflow = """
        () => {
          const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
          if (overflow <= 0) return [];
          const culprits = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll'))
            .slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ');
          return [`scrolls ${overflow}px sideways (${culprits})`];
        }
        """;

    [Fact]
    public async Task Body_text_is_set_with_a_line_height_of_at_least_1_7()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("fields/tourism/"));
        var ratio = await page.EvaluateAsync<double>("() => { const s = getComputedStyle(document.querySelector('main p')); return parseFloat(s.lineHeight) / parseFloat(s.fontSize); }");
        Assert.True(ratio >= 1.7, $"line-height is {ratio:0.00}");
    }
}

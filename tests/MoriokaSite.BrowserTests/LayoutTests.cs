namespace MoriokaSite.BrowserTests;

/// <summary>
/// Phones and zoom: no page scrolls sideways at 200 % zoom of a 1280 px window (at 320 px, WCAG 1.4.10's reflow, the
/// publishing check's audit measures every page: WalkthroughTests), and nothing breaks badly on a phone.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    [Fact]
    public async Task No_page_scrolls_horizontally_at_200_percent_zoom()
    {
        var page = await site.NewPageAsync(640, 800, 2); // a 1280 px window at 200 % zoom: CSS sees 640 px
        var overflowing = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                var culprit = await page.EvaluateAsync<string>("""
                    () => [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll'))
                      .slice(0, 3).map(e => e.tagName + '.' + e.className).join(', ')
                    """);
                overflowing.Add($"/{path}: {overflow}px ({culprit})");
            }
        }

        Assert.True(overflowing.Count == 0, string.Join('\n', overflowing));
    }

    /// <summary>
    /// What overflow alone does not show: a table squeezed to a character a line, a number or file
    /// name broken in two, a heading that leaves one character on a line of its own, a line that begins
    /// with ー or っ (禁則), a heading broken inside a phrase (連／携). The rules are in
    /// Scripts/phone-layout.js, measured in the page as Chromium lays it out.
    /// </summary>
    [Theory]
    [InlineData(320)]
    [InlineData(390)] // A common phone today.
    [InlineData(1280)] // A desktop: long headings and table headings break here too.
    public async Task Tables_fit_or_scroll_and_no_line_breaks_inside_a_word_or_a_phrase_or_against_kinsoku(int width)
    {
        var script = $"({await File.ReadAllTextAsync(Path.Combine(Repository.Root, "tests", "MoriokaSite.BrowserTests", "Scripts", "phone-layout.js"))})()";
        var page = await site.NewPageAsync(width, 800);
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Url(path));
            problems.AddRange((await page.EvaluateAsync<string[]>(script)).Select(p => $"/{path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
    }

    [Fact]
    public async Task Body_text_is_set_with_a_line_height_of_at_least_1_7()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("fields/tourism/"));
        var ratio = await page.EvaluateAsync<double>("() => { const s = getComputedStyle(document.querySelector('main p')); return parseFloat(s.lineHeight) / parseFloat(s.fontSize); }");
        Assert.True(ratio >= 1.7, $"line-height is {ratio:0.00}");
    }
}

using MoriokaSite.Text.Phrases;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// The town × field matrix of /towns/ on a phone and a desktop: the page never scrolls sideways, the matrix scrolls in
/// its own box where it is wider, and its town row and field column stay pinned while its numbers move under them.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class MatrixTests(BrowserSite site)
{
    [Theory]
    [InlineData(320, true)]
    [InlineData(390, true)]
    [InlineData(1280, false)] // Eight towns fit a desktop: nothing to scroll sideways.
    public async Task The_matrix_scrolls_in_its_box_with_its_headings_pinned_and_the_page_does_not(int width, bool sideways)
    {
        var page = await site.NewPageAsync(width, 900);
        await page.GotoAsync(site.Url("towns/"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));

        var pinning = await MatrixPinning.MeasureAsync(page, width);
        await MatrixPinning.CaptureAsync(page, $"matrix-{width}");
        pinning.AssertHeadingsPinned();
        Assert.Equal(sideways, pinning.ScrolledLeft > 0);
        Assert.InRange(pinning.LastCellMovedLeft, pinning.ScrolledLeft - 1, pinning.ScrolledLeft + 1);

        // Scrolled to its far corner, the pinned row headings break their lines as 禁則 allows, and only between
        // phrases: a table cell is no heading to phone-layout.js, and その他のネッ｜トワーク broke no 禁則 rule.
        var script = $"({await File.ReadAllTextAsync(Path.Combine(Repository.Root, "tests", "MoriokaSite.BrowserTests", "Scripts", "phone-layout.js"))})()";
        Assert.DoesNotContain(await page.EvaluateAsync<string[]>(script), p => p.StartsWith("a line begins", StringComparison.Ordinal) || p.StartsWith("a line ends", StringComparison.Ordinal));
        var headings = await page.EvaluateAsync<string[][]>(RowHeadingLines);
        Assert.Equal(sideways, headings.Any(lines => lines.Length > 1)); // a phone wraps some; a desktop none
        foreach (var lines in headings)
        {
            var text = string.Concat(lines);
            var boundaries = PhraseSegmenter.ForJapanese.Boundaries(text);
            var breaks = lines.SkipLast(1).Select((_, i) => lines.Take(i + 1).Sum(l => l.Length));
            // As phone-layout.js: a break after punctuation that ends a word (教育・文化・｜スポーツ) is between phrases too.
            Assert.All(breaks, at => Assert.True(boundaries.Contains(at) || "、。，．・：；！？）」』】〕｝〉》］-‐/".Contains(text[at - 1], StringComparison.Ordinal), $"「{string.Join('｜', lines)}」 breaks inside a phrase at {width} px"));
        }
    }

    /// <summary>Each row heading's text, line by line as Chromium lays it out.</summary>
    private const string RowHeadingLines = """
        () => [...document.querySelectorAll('.matrix th[scope=row]')].map((th) => {
          const lines = [];
          let top = null;
          const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (let i = 0; i < node.data.length; i++) {
              if (/\s/.test(node.data[i])) continue;
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getBoundingClientRect();
              if (top === null || rect.top - top > rect.height / 2) lines.push('');
              top = rect.top;
              lines[lines.length - 1] += node.data[i];
            }
          }
          return lines;
        })
        """;

    [Fact]
    public async Task The_matrix_box_is_a_named_region_the_keyboard_scrolls_and_axe_finds_nothing_on_the_page()
    {
        var page = await site.NewPageAsync(390, 700);
        await page.GotoAsync(site.Url("towns/"));
        var region = page.Locator(".matrix-scroll");
        Assert.Equal("region", await region.GetAttributeAsync("role"));
        Assert.Equal("分野別・市町別の事業数", (await page.Locator("#" + await region.GetAttributeAsync("aria-labelledby")).TextContentAsync())?.Trim());

        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.True(await region.EvaluateAsync<double>("e => e.scrollLeft") > 0, "the arrow keys scroll the focused box");

        using var axe = new AxeCheck();
        var found = await axe.CheckAsync(page, "towns/");
        Assert.True(found.Count == 0, string.Join('\n', found.Select(f => f.Message)));
    }
}

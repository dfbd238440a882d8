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
    }

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

using Microsoft.Playwright;

namespace MoriokaSite.Audit;

/// <summary>
/// WCAG 1.4.10 (reflow): at 320 CSS pixels wide — a phone, or 1280 px zoomed to 400 % — the page does not scroll
/// sideways. Measured in the same tab by narrowing it, then widening it back for the next page.
/// </summary>
public static class ReflowCheck
{
    public const string Id = "reflow";

    public const int Width = 320;

    public static async Task<IReadOnlyList<Finding>> CheckAsync(IPage page, string pagePath)
    {
        var before = page.ViewportSize!;
        await page.SetViewportSizeAsync(Width, 800);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        await page.SetViewportSizeAsync(before.Width, before.Height);
        return widths[0] > widths[1] ? [new Finding(Id, pagePath, $"scrolls sideways at {Width} px: the page is {widths[0]} px wide")] : [];
    }
}

using Microsoft.Playwright;

namespace MoriokaSite.BrowserTests;

/// <summary>What Scripts/matrix-pinning.js measures of the towns matrix once its box is scrolled to its far corner.</summary>
public sealed class MatrixPinning
{
    public int PageOverflow { get; init; }

    public double ScrolledLeft { get; init; }

    public double ScrolledTop { get; init; }

    public double LastCellMovedLeft { get; init; }

    public double LastCellMovedUp { get; init; }

    public bool LastCellShown { get; init; }

    public double[] RowHeadingLefts { get; init; } = [];

    public double RowHeadingWidth { get; init; }

    public double[] ColumnHeadingTops { get; init; } = [];

    public double BoxWidth { get; init; }

    /// <summary>
    /// Opens nothing: measures the matrix on <paramref name="page"/>, made first just short enough (the box is at most
    /// 80 % of the window high) that the box scrolls down as well as, where the table is wider, sideways.
    /// </summary>
    public static async Task<MatrixPinning> MeasureAsync(IPage page, int width)
    {
        var height = await page.EvaluateAsync<double>("() => document.querySelector('table.matrix').getBoundingClientRect().height");
        await page.SetViewportSizeAsync(width, (int)height);
        var script = $"({await File.ReadAllTextAsync(Path.Combine(Repository.Root, "tests", "MoriokaSite.BrowserTests", "Scripts", "matrix-pinning.js"))})()";
        return await page.EvaluateAsync<MatrixPinning>(script);
    }

    /// <summary>The box as it is now, scrolled, for a person to look at (TestResults/screenshots, never committed).</summary>
    public static async Task CaptureAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotTests.Folder);
        await page.Locator(".matrix-scroll").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.Folder, name + ".png") });
    }

    /// <summary>The numbers keep their names: every row heading at the box's left edge, every column heading at its top.</summary>
    public void AssertHeadingsPinned()
    {
        Assert.True(ScrolledTop > 0, "the box scrolls down");
        Assert.True(LastCellMovedUp > 0.9 * ScrolledTop, $"the rows moved up by {LastCellMovedUp} px");
        Assert.True(LastCellShown, "the last cell is in view");
        Assert.All(RowHeadingLefts, left => Assert.InRange(left, -1, 1));
        Assert.All(ColumnHeadingTops, top => Assert.InRange(top, -1, 1));
        Assert.True(RowHeadingWidth < BoxWidth / 2, $"the pinned column ({RowHeadingWidth} px) leaves the numbers room in {BoxWidth} px");
        Assert.Equal(0, PageOverflow);
    }
}

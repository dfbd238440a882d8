namespace MoriokaSite.BrowserTests;

/// <summary>
/// Screenshots of the main kinds of page on a phone and on a desktop, written to TestResults/screenshots
/// for a person to look at (CI keeps them as artifacts; they are never committed).
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    public static string Folder => Path.Combine(Repository.Root, "TestResults", "screenshots");

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Home_field_town_project_and_search_pages_are_captured(int width)
    {
        Directory.CreateDirectory(Folder);
        var page = await site.NewPageAsync(width, 900);
        foreach (var (name, path) in new[] { ("home", ""), ("field", "fields/tourism/"), ("town", "towns/shizukuishi/"), ("project", "projects/p057/"), ("towns", "towns/"), ("search", "search/?q=%E8%A6%B3%E5%85%89&town=takizawa"), ("search-town", "search/?town=iwate") })
        {
            await page.GotoAsync(site.Url(path));
            if (name.StartsWith("search", StringComparison.Ordinal))
            {
                await page.WaitForFunctionAsync("() => performance.getEntriesByName('search-results-drawn').length > 0");
            }

            var file = Path.Combine(Folder, $"{name}-{width}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000, file);
        }
    }
}

namespace MoriokaSite.BrowserTests;

/// <summary>
/// What a resident sees on a phone and a desktop: a town's first project on the first screen, and charts whose every
/// label and count is inside the picture. A sample of each kind of page, not all of them, to keep the suite fast.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class ResidentPagesTests(BrowserSite site)
{
    private static readonly string[] ChartPages = ["", "towns/", "towns/shizukuishi/", "fields/economic-strategy/", "fields/tourism/", "fields/strategic-industries/"];

    [Fact]
    public async Task A_town_s_name_and_first_project_are_on_a_phone_s_first_screen()
    {
        var page = await site.NewPageAsync(390, 844);
        foreach (var town in new[] { "shizukuishi", "morioka", "yahaba" })
        {
            await page.GotoAsync(site.Url($"towns/{town}/"));
            var bottoms = await page.EvaluateAsync<double[]>("() => [document.querySelector('h1'), document.querySelector('main .project-card a, main .compact-list a')].map(e => e.getBoundingClientRect().bottom)");
            Assert.All(bottoms, b => Assert.True(b <= 844, $"{town}: {b}px is below the first screen"));
        }
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Chart_labels_and_counts_stay_inside_their_pictures(int width)
    {
        var script = $"({await File.ReadAllTextAsync(Path.Combine(Repository.Root, "tests", "MoriokaSite.BrowserTests", "Scripts", "chart-fit.js"))})()";
        var page = await site.NewPageAsync(width, 900);
        var problems = new List<string>();
        foreach (var path in ChartPages)
        {
            await page.GotoAsync(site.Url(path));
            problems.AddRange((await page.EvaluateAsync<string[]>(script)).Select(p => $"/{path} at {width}px: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}

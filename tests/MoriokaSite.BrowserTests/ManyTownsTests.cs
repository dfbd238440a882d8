using Microsoft.Playwright;
using MoriokaSite.Search;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// Regions of 31, 34 and 60 towns in Chromium: search.js reads every project's towns as the generator wrote them,
/// a town past position 31 filters as the generator's engine does, "all the towns" is the same set on both sides,
/// and the map's labels, measured by the browser itself, meet neither each other nor a dot and stay in the picture.
/// </summary>
[Collection(ManyTownsSitesCollection.Name)]
public sealed class ManyTownsTests(ManyTownsSites sites)
{
    public static readonly TheoryData<int, bool> Regions = new() { { 31, true }, { 34, false }, { 60, false } };

    private static Task WaitForStatus(IPage page, string text) =>
        Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(text, new() { Timeout = 10_000 });

    private static async Task<List<string>> Shown(IPage page) =>
        [.. await page.Locator("#search-results > li h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];

    private async Task<IPage> Search((int, bool) site, string query)
    {
        var page = await sites.OpenAsync(site, "search/" + query);
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('search-results-drawn').length > 0");
        return page;
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task The_browser_reads_every_project_s_towns_and_all_of_them_as_the_generator_wrote_them(int towns, bool crowded)
    {
        var (_, index, _) = sites.Sites[(towns, crowded)];
        var page = await Search((towns, crowded), string.Empty);
        var read = await page.EvaluateAsync<int[][]>(
            """
            async (count) => {
              const app = document.getElementById('search-app');
              const meta = await (await fetch(`${app.dataset.index}meta.json?v=${app.dataset.version}`)).json();
              return meta.town.map((hex) => [hex === MoriokaSearch.allPositions(count) ? 1 : 0,
                ...Array.from({ length: count }, (_, i) => i).filter((i) => MoriokaSearch.hasPosition(hex, i))]);
            }
            """,
            towns);
        var expected = index.Documents.Select(d => (int[])[d.Towns.Equals(IndexSet.All(towns)) ? 1 : 0, .. d.Towns.Positions]).ToArray();
        Assert.Equal(expected, read);
        Assert.Contains(read, r => r[0] == 1); // some projects are of all the towns
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task A_ticked_town_past_position_31_lists_the_projects_the_generator_finds(int towns, bool crowded)
    {
        var (_, index, _) = sites.Sites[(towns, crowded)];
        var town = index.Towns[towns - 1];
        // The town's own projects (shared by only some towns) first, then the ones every town takes part in.
        var expected = index.Documents.Where(d => d.Towns.Contains(towns - 1)).OrderBy(d => d.Towns.Equals(IndexSet.All(towns)) ? 1 : 0).Select(d => d.Url).ToList();
        var page = await Search((towns, crowded), $"?town={town.Key}");
        await WaitForStatus(page, $"{town.Name}が関係する事業：{expected.Count}件");
        Assert.Equal(expected.Take(10), await Shown(page));

        // Each result that all the towns share says so in the region's words; the others name their towns.
        var metas = await page.Locator("#search-results > li .result-meta").AllTextContentsAsync();
        var shownDocuments = (await Shown(page)).Select(url => index.Documents.Single(d => d.Url == url)).ToList();
        foreach (var (document, meta) in shownDocuments.Zip(metas))
        {
            Assert.Equal(document.Towns.Equals(IndexSet.All(towns)), meta.Contains($"関係市町村：{towns}市町村（全市町村）", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task A_town_named_in_the_query_ranks_its_projects_as_the_generator_does_all_the_towns_last(int towns, bool crowded)
    {
        var (_, index, _) = sites.Sites[(towns, crowded)];
        foreach (var position in new[] { 30, 31, 32, towns - 2 }.Where(p => p < towns).Distinct())
        {
            var town = index.Towns[position];
            var hits = SearchEngine.Find(index, SearchQuery.Parse(town.Name, index.Towns));
            var expected = hits.Select(h => index.Documents[h.Document].Url).ToList();
            var page = await Search((towns, crowded), "?q=" + Uri.EscapeDataString(town.Name));
            await WaitForStatus(page, $"{town.Name}が関係する事業：{expected.Count}件");
            Assert.Equal(expected.Take(10), await Shown(page));
            await page.Locator("#search-more").ClickAsync();
            await Assertions.Expect(page.Locator("#search-results > li")).ToHaveCountAsync(Math.Min(20, expected.Count));
            Assert.Equal(expected.Take(20), await Shown(page));
        }
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task Every_town_ticked_lists_every_project_that_has_a_town(int towns, bool crowded)
    {
        var (_, index, _) = sites.Sites[(towns, crowded)];
        var query = "?" + string.Join('&', index.Towns.Select(t => $"town={t.Key}"));
        var page = await Search((towns, crowded), query);
        var expected = index.Documents.Count(d => d.Towns.Positions.Count > 0);
        // Every town ticked is named as the region, not as a list of sixty names.
        await WaitForStatus(page, $"{towns}市町村（全市町村）のいずれかが関係する事業：{expected}件");
        Assert.Equal(towns, await page.Locator("input[name=town]:checked").CountAsync());
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task The_map_s_labels_measured_by_the_browser_meet_nothing_and_stay_in_the_picture(int towns, bool crowded)
    {
        var page = await sites.OpenAsync((towns, crowded), "towns/");
        var problems = await page.EvaluateAsync<string[]>(
            """
            () => {
              const svg = document.querySelector('svg.town-map');
              const view = svg.viewBox.baseVal;
              const union = (a, b) => ({ l: Math.min(a.l, b.l), t: Math.min(a.t, b.t), r: Math.max(a.r, b.r), b: Math.max(a.b, b.b) });
              const box = (e) => { const b = e.getBBox(); return { l: b.x, t: b.y, r: b.x + b.width, b: b.y + b.height }; };
              const meet = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
              const towns = Array.from(svg.querySelectorAll('a.town')).map((a) => ({
                name: a.querySelector('.name').textContent,
                label: union(box(a.querySelector('.name')), box(a.querySelector('.count'))),
                dot: box(a.querySelector('circle')),
              }));
              const problems = [];
              towns.forEach((t, i) => {
                if (t.label.l < view.x || t.label.t < view.y || t.label.r > view.x + view.width || t.label.b > view.y + view.height) problems.push(`${t.name} is outside`);
                towns.forEach((o, j) => {
                  if (j > i && meet(t.label, o.label)) problems.push(`${t.name} meets ${o.name}`);
                  if (j !== i && meet(t.label, o.dot)) problems.push(`${t.name} covers the dot of ${o.name}`);
                });
              });
              return problems;
            }
            """);
        Assert.True(problems.Length == 0, string.Join('\n', problems));

        var folder = ScreenshotTests.Folder;
        Directory.CreateDirectory(folder);
        await page.Locator("svg.town-map").ScreenshotAsync(new() { Path = Path.Combine(folder, $"map-{towns}{(crowded ? "-crowded" : string.Empty)}.png") });
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task At_60_towns_the_matrix_scrolls_sideways_in_its_box_its_headings_pinned_and_the_page_does_not(int width)
    {
        var page = await sites.OpenAsync((60, false), "towns/");
        await page.SetViewportSizeAsync(width, 900);
        Assert.Equal(60, await page.Locator("table.matrix thead th a").CountAsync());
        var pinning = await MatrixPinning.MeasureAsync(page, width);
        await MatrixPinning.CaptureAsync(page, $"matrix-60-{width}");
        pinning.AssertHeadingsPinned();
        Assert.True(pinning.ScrolledLeft > 0, "sixty towns are wider than the box");
        Assert.InRange(pinning.LastCellMovedLeft, pinning.ScrolledLeft - 1, pinning.ScrolledLeft + 1);
    }
}

using System.Globalization;
using System.Text.Json;
using MoriokaSite.Charts;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Modelling;
using MoriokaSite.Pipeline;
using MoriokaSite.Routing;
using MoriokaSite.Search;
using MoriokaSite.Tests.Support;
using Xunit.Abstractions;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A region of any size builds: 31 towns (the old index's last), 32 and 34 (past one 32-bit number), 60, and 40
/// tags. The index says each project's towns and tags as the model has them, search finds a town's projects past
/// position 31, and the map's labels keep clear of each other and of the dots, inside the picture.
/// </summary>
public sealed class ManyTownsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(8, 4)]
    [InlineData(31, 4)]
    [InlineData(32, 33)]
    [InlineData(34, 4)]
    [InlineData(60, 40)]
    public async Task A_region_of_any_size_builds_and_its_index_holds_every_project_s_towns_and_tags(int towns, int tags)
    {
        using var region = new GeneratedRegion(towns, tags);
        using var output_ = new TempFolder();
        var result = await SiteBuilder.BuildAsync(new BuildOptions(region.Root, output_.Path, null));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        output.WriteLine($"{towns} towns, {tags} tags: {result.PagesWritten} pages in {result.Elapsed.TotalSeconds:0.00} s");

        var model = Model(region.Root);
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(output_.Path, "search/index/meta.json")));
        var townSets = meta.RootElement.GetProperty("town").EnumerateArray().Select(e => IndexSet.FromHex(e.GetString()!)).ToList();
        var tagSets = meta.RootElement.GetProperty("tag").EnumerateArray().Select(e => IndexSet.FromHex(e.GetString()!)).ToList();
        for (var k = 0; k < model.Projects.Count; k++)
        {
            Assert.Equal(region.TownsOf(k), townSets[k].Positions);
            Assert.Equal(model.Projects[k].Tags.Select(t => t.Index), tagSets[k].Positions);
        }

        var all = IndexSet.All(towns).Hex;
        Assert.Equal(model.Projects.Count(p => p.IsRegionWide), meta.RootElement.GetProperty("town").EnumerateArray().Count(e => e.GetString() == all));
        Assert.Equal($"{towns}市町村（全市町村）", meta.RootElement.GetProperty("words").GetProperty("towns.all").GetString());
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(34)]
    [InlineData(60)]
    public void Search_finds_a_town_s_projects_at_every_position(int towns)
    {
        using var region = new GeneratedRegion(towns);
        var model = Model(region.Root);
        var index = SearchIndex.Build(model, new Routes(BaseUrl.Parse("/")));
        foreach (var position in new[] { 0, 30, 31, 32, towns - 1 }.Where(p => p < towns).Distinct())
        {
            var town = index.Towns[position];
            var found = SearchEngine.Find(index, SearchQuery.Parse(town.Name, index.Towns)).Select(h => h.Document).Order();
            var expected = model.Projects.Select((p, d) => (p, d)).Where(x => x.p.Towns.Contains(model.Towns[position])).Select(x => x.d);
            Assert.Equal(expected, found);
        }
    }

    [Theory]
    [InlineData(8, false)]
    [InlineData(31, false)]
    [InlineData(32, false)]
    [InlineData(34, false)]
    [InlineData(45, false)]
    [InlineData(60, false)]
    [InlineData(8, true)]
    [InlineData(31, true)]
    [InlineData(60, true)]
    public void The_map_s_labels_meet_no_other_label_and_no_dot_and_stay_inside_the_picture(int towns, bool crowded)
    {
        using var region = new GeneratedRegion(towns, crowded: crowded);
        var model = Model(region.Root);
        var layout = MapLayout.Of(model.Region, t => $"{t.Projects.Count}事業");
        Assert.Equal(towns, layout.Towns.Count);
        var problems = new List<string>();
        foreach (var (town, i) in layout.Towns.Select((t, i) => (t, i)))
        {
            if (!town.Box.IsInside(layout.Width, layout.Height))
            {
                problems.Add($"{town.Town.Name} is outside the picture: {town.Box}");
            }

            problems.AddRange(layout.Towns.Skip(i + 1).Where(o => o.Box.Overlaps(town.Box)).Select(o => $"{town.Town.Name} meets {o.Town.Name}"));
            problems.AddRange(layout.Towns.Where(o => o != town && o.Dot.Overlaps(town.Box)).Select(o => $"{town.Town.Name} covers {o.Town.Name}'s dot"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        output.WriteLine($"{towns} towns{(crowded ? ", crowded" : string.Empty)}: {layout.Width:0}×{layout.Height:0}, {layout.Towns.Count(t => t.Leader)} labels with a leader line");
    }

    [Fact]
    public void The_two_real_regions_keep_the_map_they_had()
    {
        // Their labels sit beside their dots, away from the nearest town: the layout before the picture could grow.
        // Without its boundary file, as a region that has none: the map of dots it had.
        var layout = MapLayout.Of(RealSite.Model.Region with { Boundaries = [] }, t => $"{t.Projects.Count}事業");
        Assert.Equal((360, 319.4), (layout.Width, Math.Round(layout.Height, 1)));
        Assert.All(layout.Towns, t => Assert.False(t.Leader));
        Assert.All(layout.Towns, t => Assert.Equal(t.Anchor == "start" ? t.X + 13 : t.X - 13, t.LabelX, 3));
    }

    [Fact]
    public void With_the_towns_areas_every_label_stays_inside_the_picture_and_clear_of_the_others()
    {
        var region = RealSite.Model.Region;
        Assert.Equal(8, region.Boundaries.Count);
        var layout = MapLayout.Of(region, t => $"{t.Projects.Count}事業");
        Assert.All(layout.Towns, t => Assert.True(t.Box.IsInside(layout.Width, layout.Height), t.Town.Name));
        Assert.All(layout.Towns, t => Assert.DoesNotContain(layout.Towns, o => o != t && o.Box.Overlaps(t.Box)));
        var (x, y) = layout.Projection(141.1545, 39.7020); // 盛岡市役所
        var morioka = layout.Towns.Single(t => t.Town.Slug == "morioka");
        Assert.Equal((morioka.X, morioka.Y), (x, y));
    }

    [Fact]
    public async Task The_page_draws_the_map_the_layout_gives()
    {
        using var region = new GeneratedRegion(60);
        using var built = new TempFolder();
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions(region.Root, built.Path, null))).Succeeded);
        var layout = MapLayout.Of(Model(region.Root).Region, t => $"{t.Projects.Count}事業");
        var svg = BuiltSites.Parse(Path.Combine(built.Path, "towns/index.html")).QuerySelector("svg.town-map")!;
        Assert.Equal($"0 0 {Number(layout.Width)} {Number(layout.Height)}", svg.GetAttribute("viewBox"));
        var names = svg.QuerySelectorAll("text.name").ToList();
        Assert.Equal(layout.Towns.Select(t => (Number(t.LabelX), Number(t.LabelY - 2), t.Anchor)), names.Select(n => (n.GetAttribute("x")!, n.GetAttribute("y")!, n.GetAttribute("text-anchor")!)));
        Assert.Equal(layout.Towns.Count(t => t.Leader), svg.QuerySelectorAll("line.leader").Length);
    }

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static SiteModel Model(string root)
    {
        var diagnostics = new DiagnosticBag();
        var model = ModelBuilder.Build(SiteLoader.Load(root, diagnostics), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return model!;
    }
}

using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>A build that finds an error writes nothing: the site already published stays as it was.</summary>
public sealed class FailedBuildTests : SiteCopyTests
{
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public async Task A_bad_csv_leaves_the_previous_output_byte_for_byte_as_it_was()
    {
        var output = _out["_site"];
        Assert.True((await _site.BuildAsync(output)).Succeeded);
        var before = Snapshot(output);

        ProjectRows.SetCell(_site, "p001", "分野", "no-such-field");
        _site.Edit("data/projects.csv", text => text.Replace("ものづくり人材育成事業", "ものづくり人材育成事業（改）", StringComparison.Ordinal));
        var result = await _site.BuildAsync(output);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "MS105");
        var after = Snapshot(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), pair.Key));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(_out.Path).Select(Path.GetFileName)); // No staging folder left behind.
    }

    [Fact]
    public async Task A_successful_build_replaces_the_output_whole_removing_pages_that_no_longer_exist()
    {
        var output = _out["_site"];
        Assert.True((await _site.BuildAsync(output)).Succeeded); // Only a previous build is replaced, so there is one first.
        Directory.CreateDirectory(Path.Combine(output, "projects", "p999"));
        File.WriteAllText(Path.Combine(output, "projects", "p999", "index.html"), "stale");
        Assert.True((await _site.BuildAsync(output)).Succeeded);
        Assert.False(Directory.Exists(Path.Combine(output, "projects", "p999")));
        Assert.True(File.Exists(Path.Combine(output, "projects", "p107", "index.html")));
    }
}

using System.Text.Json;
using MoriokaSite.Routing;
using MoriokaSite.Search;
using MoriokaSite.Tests.Support;
using MoriokaSite.Text.Phrases;

namespace MoriokaSite.Tests.Search;

/// <summary>The index as files: what search.js reads must say what the index holds, split so a query reads little.</summary>
public sealed class IndexFilesTests
{
    private static readonly (IReadOnlyList<RenderedFile> Files, string Version) Written = SearchIndexFiles.Write(RealSite.SearchIndex, RealSite.Wording);

    private static JsonElement Json(string name) =>
        JsonDocument.Parse(Written.Files.Single(f => f.Path == $"search/index/{name}").Content).RootElement;

    [Fact]
    public void Postings_decode_to_what_the_index_holds()
    {
        var index = RealSite.SearchIndex;
        var shards = Json("meta.json").GetProperty("shards").GetInt32();
        foreach (var (gram, postings) in index.Postings)
        {
            var shard = Json($"grams-{SearchIndexFiles.ShardOf(gram, shards)}.json");
            var value = 0;
            var decoded = shard.GetProperty(gram).EnumerateArray().Select(delta =>
            {
                value += delta.GetInt32();
                return new Posting(value >> 3, (SearchWhere)(value & 7));
            }).ToList();
            Assert.Equal(postings, decoded);
        }
    }

    [Fact]
    public void Each_gram_is_in_exactly_one_shard_and_each_shard_is_small()
    {
        var shards = Json("meta.json").GetProperty("shards").GetInt32();
        Assert.InRange(shards, 2, 16);
        var grams = Enumerable.Range(0, shards).SelectMany(i => Json($"grams-{i}.json").EnumerateObject().Select(p => p.Name)).ToList();
        Assert.Equal(RealSite.SearchIndex.Postings.Count, grams.Count);
        Assert.Equal(RealSite.SearchIndex.Postings.Keys.Order(StringComparer.Ordinal), grams.Order(StringComparer.Ordinal));
        Assert.All(Written.Files.Where(f => f.Path.Contains("/grams-", StringComparison.Ordinal)), f => Assert.InRange(f.Content.Length, 1, 40_000));
    }

    [Fact]
    public void The_shard_hash_is_fnv1a_over_utf16_units()
    {
        // Known FNV-1a 32-bit values: search.js must compute the same, and a browser test checks it does.
        Assert.Equal(0x811c9dc5u % 7, (uint)SearchIndexFiles.ShardOf(string.Empty, 7));
        Assert.Equal(0xe40c292cu % 1000, (uint)SearchIndexFiles.ShardOf("a", 1000));
    }

    [Fact]
    public void Meta_gives_each_project_its_field_status_towns_and_tags()
    {
        var meta = Json("meta.json");
        var model = RealSite.Model;
        Assert.Equal(107, meta.GetProperty("documents").GetInt32());
        var fields = meta.GetProperty("fields").EnumerateArray().Select(e => e.GetString()).ToList();
        var towns = meta.GetProperty("towns").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(model.Fields.Select(f => f.Slug), fields);
        Assert.Equal(["morioka", "hachimantai", "takizawa", "shizukuishi", "kuzumaki", "iwate", "shiwa", "yahaba"], towns);
        for (var d = 0; d < model.Projects.Count; d++)
        {
            var project = model.Projects[d];
            Assert.Equal(project.Field.Slug, fields[meta.GetProperty("field")[d].GetInt32()]);
            var set = IndexSet.FromHex(meta.GetProperty("town")[d].GetString()!);
            Assert.Equal(project.Towns.Select(t => t.Slug).Order(), set.Positions.Select(i => towns[i]).Order());
        }
    }

    [Fact]
    public void Chunks_hold_every_project_in_order()
    {
        var chunk = Json("meta.json").GetProperty("chunk").GetInt32();
        var model = RealSite.Model;
        for (var d = 0; d < model.Projects.Count; d++)
        {
            var entry = Json($"docs-{d / chunk}.json")[d % chunk];
            Assert.Equal($"/projects/{model.Projects[d].Id}/", entry[0].GetString());
            Assert.Equal(model.Projects[d].Name, entry[1].GetString());
            Assert.Equal(model.Projects[d].Summary, entry[2].GetString());
        }
    }

    [Fact]
    public void Each_name_carries_the_places_where_it_may_break_between_phrases()
    {
        var (files, _) = SearchIndexFiles.Write(RealSite.SearchIndex, RealSite.Wording, PhraseSegmenter.ForJapanese);
        var chunk = Json("meta.json").GetProperty("chunk").GetInt32();
        var model = RealSite.Model;
        for (var d = 0; d < model.Projects.Count; d++)
        {
            var file = files.Single(f => f.Path.EndsWith($"docs-{d / chunk}.json", StringComparison.Ordinal));
            var breaks = JsonDocument.Parse(file.Content).RootElement[d % chunk][4].EnumerateArray().Select(e => e.GetInt32());
            Assert.Equal(PhraseSegmenter.ForJapanese.Boundaries(model.Projects[d].Name), breaks);
        }

        Assert.Equal(0, Json("docs-0.json")[0][4].GetArrayLength()); // without a phrase model, no places
    }

    [Fact]
    public void The_files_and_their_version_are_the_same_every_time()
    {
        var again = SearchIndexFiles.Write(SearchIndex.Build(RealSite.Model, RealSite.Routes), RealSite.Wording);
        Assert.Equal(Written.Version, again.Version);
        Assert.Equal(Written.Files.Select(f => f.Content), again.Files.Select(f => f.Content));
    }
}

using MoriokaSite.Search;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Search;

public sealed class RankingTests
{
    private static readonly SearchTown[] NoTowns = [];

    private static SearchDocument Document(string name, string summary, string labels = "") =>
        new($"/projects/{name}/", name, summary, labels, Field: 0, Status: 0, Towns: IndexSet.Empty, Tags: IndexSet.Empty);

    private static IReadOnlyList<string> Ranked(SearchIndex index, string query) =>
        SearchEngine.Find(index, SearchQuery.Parse(query, NoTowns)).Select(h => index.Documents[h.Document].Name).ToList();

    [Fact]
    public void A_match_in_the_name_ranks_above_one_in_the_field_or_tags_and_that_above_the_summary()
    {
        var index = SearchIndex.From(
            [
                Document("A事業", "観光客を呼ぶ。"),
                Document("B事業", "企業を呼ぶ。", labels: "戦略的な観光施策"),
                Document("観光C事業", "企業を呼ぶ。"),
                Document("D事業", "何もしない。"),
            ],
            ["f"],
            NoTowns);
        Assert.Equal(["観光C事業", "B事業", "A事業"], Ranked(index, "観光"));
    }

    [Fact]
    public void Equal_scores_keep_the_order_of_the_source()
    {
        var index = SearchIndex.From([Document("観光2", ""), Document("観光1", ""), Document("観光3", "")], ["f"], NoTowns);
        Assert.Equal(["観光2", "観光1", "観光3"], Ranked(index, "観光"));
    }

    [Fact]
    public void Each_term_adds_to_the_score()
    {
        var index = SearchIndex.From([Document("観光", "台湾との交流"), Document("台湾観光", "")], ["f"], NoTowns);
        Assert.Equal(["台湾観光", "観光"], Ranked(index, "観光 台湾"));
    }

    [Fact]
    public void A_term_split_across_two_parts_does_not_match()
    {
        // 観光 in the name and 光客 in the summary are not 観光客.
        var index = SearchIndex.From([Document("観光", "光客"), Document("x", "観光客")], ["f"], NoTowns);
        Assert.Equal(["x"], Ranked(index, "観光客"));
        Assert.Single(SearchEngine.Candidates(index, SearchQuery.Parse("観光客", NoTowns)));
    }

    [Fact]
    public void Bigrams_that_are_not_neighbours_are_dropped_when_the_results_are_checked()
    {
        var index = SearchIndex.From([Document("x", "観光と光客"), Document("y", "観光客")], ["f"], NoTowns);
        Assert.Equal(2, SearchEngine.Candidates(index, SearchQuery.Parse("観光客", NoTowns)).Count);
        Assert.Equal(["y"], Ranked(index, "観光客"));
    }

    [Fact]
    public void On_the_real_content_every_project_named_with_the_query_comes_first()
    {
        var index = RealSite.SearchIndex;
        foreach (var query in SearchQueries.Japanese)
        {
            var hits = SearchEngine.Find(index, SearchQuery.Parse(query, index.Towns));
            var named = hits.Select(h => index.Documents[h.Document].Name.Contains(query, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(named.SkipWhile(n => n).All(n => !n), $"{query}: a project named with it ranks below one that is not");
        }
    }
}

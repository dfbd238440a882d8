using MoriokaSite.Search;
using MoriokaSite.Tests.Support;
using MoriokaSite.Text;

namespace MoriokaSite.Tests.Search;

/// <summary>Search understands what people type: kana either way, other words for the same thing, towns, typos.</summary>
public sealed class UnderstandingTests
{
    private static SearchIndex Real => RealSite.SearchIndex;

    private static SearchDocument Document(string name, string summary) =>
        new($"/projects/{name}/", name, summary, string.Empty, Field: 0, Status: 0, Towns: IndexSet.Empty, Tags: IndexSet.Empty);

    private static IReadOnlyList<string> Names(SearchIndex index, string query) =>
        SearchEngine.Find(index, SearchQuery.Parse(query, index.Towns)).Select(h => index.Documents[h.Document].Name).ToList();

    [Theory]
    [InlineData("すきー", "スキー")]
    [InlineData("いんたーんしっぷ", "インターンシップ")]
    public void Hiragana_finds_what_is_written_in_katakana(string typed, string written)
    {
        var names = Names(Real, typed);
        Assert.NotEmpty(names);
        Assert.Equal(Names(Real, written), names);
    }

    [Fact]
    public void A_synonym_finds_the_projects_that_use_the_other_word()
    {
        Assert.Contains("地域ICT活用事業", Names(Real, "IT")); // the text says ICT
        Assert.Contains("保育所の広域入所", Names(Real, "子育て")); // the text says 保育
        Assert.Contains("UIJターン就職支援事業", Names(Real, "Uターン"));
        Assert.Contains("国際観光客誘致促進事業", Names(Real, "インバウンド")); // 外国人観光客
        Assert.Contains("訪日外国人誘客促進事業", Names(Real, "インバウンド"));
    }

    [Fact]
    public void Every_synonym_group_finds_projects_by_at_least_two_of_its_words()
    {
        foreach (var group in Real.Synonyms)
        {
            var finding = group.Where(word => Names(Real, word).Count > 0).ToList();
            Assert.True(finding.Count >= 1, $"No word of {string.Join("、", group)} is in the text");
            Assert.All(group, word => Assert.NotEmpty(Names(Real, word)));
        }
    }

    [Fact]
    public void A_synonym_match_ranks_below_a_literal_one()
    {
        var index = SearchIndex.From(
            [Document("ICT推進", "情報化"), Document("何か", "起業支援"), Document("IT活用", "")],
            ["f"],
            [],
            synonyms: [["IT", "ICT"], ["起業", "創業"]]);
        Assert.Equal(["IT活用", "ICT推進"], Names(index, "it")); // the synonym in a name ranks below the word itself in a name
        Assert.Equal(["何か"], Names(index, "創業"));
    }

    [Fact]
    public void A_town_in_the_query_filters_and_the_rest_is_searched_as_text()
    {
        var takizawa = Real.Towns.Single(t => t.Key == "takizawa");
        var position = Real.Towns.ToList().IndexOf(takizawa);
        var found = SearchEngine.Find(Real, SearchQuery.Parse("観光 滝沢", Real.Towns));
        var expected = SearchEngine.Find(Real, SearchQuery.Parse("観光", Real.Towns)).Where(h => Real.Documents[h.Document].Towns.Contains(position));
        Assert.NotEmpty(found);
        Assert.Equal(expected.Select(h => h.Document).Order(), found.Select(h => h.Document).Order());
    }

    [Fact]
    public void A_town_alone_lists_its_projects_those_naming_it_first_then_those_only_some_towns_share()
    {
        var shizukuishi = Real.Towns.Single(t => t.Key == "shizukuishi");
        var position = Real.Towns.ToList().IndexOf(shizukuishi);
        var all = IndexSet.All(Real.Towns.Count);
        var documents = SearchEngine.Find(Real, SearchQuery.Parse("雫石", Real.Towns)).Select(h => Real.Documents[h.Document]).ToList();

        Assert.Equal(Real.Documents.Count(d => d.Towns.Contains(position)), documents.Count);
        var naming = documents.Select(d => d.Name.Contains("雫石", StringComparison.Ordinal) || d.Summary.Contains("雫石", StringComparison.Ordinal)).ToList();
        Assert.Contains(true, naming);
        Assert.Equal(naming.OrderByDescending(n => n), naming); // every project naming 雫石 comes before any that does not
        var shared = documents.Where((_, i) => !naming[i]).Select(d => d.Towns.Equals(all)).ToList();
        Assert.Equal(shared.Order(), shared); // then those only some towns share, before the region's common ones
    }

    [Fact]
    public void Two_towns_widen_as_two_ticked_boxes_do()
    {
        var towns = IndexSet.Of(Real.Towns.Select((t, i) => (t, i)).Where(x => x.t.Key is "morioka" or "hachimantai").Select(x => x.i));
        var found = SearchEngine.Find(Real, SearchQuery.Parse("盛岡 八幡平", Real.Towns));
        Assert.Equal(Real.Documents.Count(d => d.Towns.Overlaps(towns)), found.Count);
    }

    [Theory]
    [InlineData("いんたんしぷ", "インターンシップ")] // a dropped small kana
    [InlineData("観行", "観光")]
    [InlineData("ictt", "ICT")]
    public void A_typo_is_offered_the_nearest_words_of_the_index(string term, string offered)
    {
        Assert.Empty(SearchEngine.Find(Real, SearchQuery.Parse(term, Real.Towns)));
        Assert.Contains(offered, SearchEngine.Suggest(Real, term));
        Assert.NotEmpty(Names(Real, SearchEngine.Suggest(Real, term)[0])); // an offered word finds something
    }

    [Fact]
    public void One_character_is_never_corrected() => Assert.Empty(SearchEngine.Suggest(Real, "獏"));

    [Theory]
    [InlineData("観光", "観光", 0, 1)]
    [InlineData("観行", "観光", 1, 1)]
    [InlineData("いんたんしぷ", "いんたんしつぷ", 1, 2)]
    [InlineData("abcdef", "ghijkl", 6, 2)] // past the limit: limit + 1
    [InlineData("𠮷野", "吉野", 1, 1)] // code points, not UTF-16 units
    public void Edit_distance_counts_code_points_and_stops_past_the_limit(string a, string b, int distance, int limit) =>
        Assert.Equal(Math.Min(distance, limit + 1), EditDistance.Within(a, b, limit));

    [Fact]
    public void The_vocabulary_is_runs_of_one_script_with_the_kanji_pairs()
    {
        var words = SearchVocabulary.Words("広域観光のインターンシップとICT活用").ToList();
        Assert.Equal(["広域観光", "広域", "域観", "観光", "インターンシップ", "ICT", "活用"], words);
    }
}

using MoriokaSite.Search;
using MoriokaSite.Tests.Support;
using MoriokaSite.Text;

namespace MoriokaSite.Tests.Search;

/// <summary>The index over the 2015 fixture's content: it finds what a person expects, inside words, and nothing it should not.</summary>
public sealed class RealContentSearchTests
{
    private static SearchIndex Index => RealSite.SearchIndex;

    private static IReadOnlyList<string> Names(string query) =>
        SearchEngine.Find(Index, SearchQuery.Parse(query, Index.Towns)).Select(h => Index.Documents[h.Document].Name).ToList();

    /// <summary>What a plain substring scan of the folded text finds: the truth the index must equal.</summary>
    /// <remarks>A term of data/synonyms.csv finds the text of any word of its group.</remarks>
    private static IReadOnlyList<int> Scan(string term)
    {
        var words = Index.SynonymsOf(TextNormalizer.Fold(term)).Prepend(TextNormalizer.Fold(term)).ToList();
        return Index.Documents.Select((d, i) => (d, i))
            .Where(x => x.d.Parts().Any(p => words.Any(w => p.Folded.Contains(w, StringComparison.Ordinal))))
            .Select(x => x.i).ToList();
    }

    [Fact]
    public void A_query_matches_inside_words()
    {
        var names = Names("観光");
        Assert.Contains("広域観光キャンペーンの実施", names);
        Assert.Contains("国際観光客誘致促進事業", names); // 観光客
        Assert.Contains("外国人観光客の受入態勢の整備", names);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_index_finds_exactly_what_a_substring_scan_finds(string query)
    {
        var parsed = SearchQuery.Parse(query, Index.Towns);
        var candidates = SearchEngine.Candidates(Index, parsed).Select(h => h.Document).Order().ToList();
        Assert.NotEmpty(candidates);
        Assert.Equal(Scan(query), candidates);
        Assert.Equal(candidates.Count, SearchEngine.Find(Index, parsed).Count); // no bigram false positive on the 2015 fixture
    }

    public static TheoryData<string> Queries() => [.. SearchQueries.Japanese, "新", "ict", "ｲﾝﾀｰﾝ", "ＩＣＴ", "地域経済"];

    [Fact]
    public void Shinkansen_is_found_wherever_it_is_written()
    {
        // A word-segmenting engine may cut 新幹線 differently at build time and in the browser; bigrams cannot.
        var expected = RealSite.Model.Projects.Where(p => p.Name.Contains("新幹線", StringComparison.Ordinal) || p.Summary.Contains("新幹線", StringComparison.Ordinal)).Select(p => p.Name).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Names("新幹線").Order().ToList());
    }

    [Fact]
    public void Widths_and_cases_find_the_same_projects()
    {
        Assert.Equal(Names("ICT"), Names("ＩＣＴ"));
        Assert.Equal(Names("ICT"), Names("ict"));
        Assert.NotEmpty(Names("ICT"));
        Assert.Equal(Names("インターン"), Names("ｲﾝﾀｰﾝ"));
        Assert.NotEmpty(Names("インターン"));
    }

    [Theory]
    [InlineData("観光 台湾")]
    [InlineData("観光\u3000台湾")]
    public void Every_term_must_match(string query)
    {
        var both = Names(query);
        Assert.NotEmpty(both);
        Assert.True(both.Count < Names("観光").Count);
        Assert.All(both, name => Assert.Contains(name, Names("台湾")));
        Assert.All(both, name => Assert.Contains(name, Names("観光")));
    }

    [Fact]
    public void A_single_character_query_finds_every_project_holding_it() =>
        Assert.Equal(Scan("森"), SearchEngine.Find(Index, SearchQuery.Parse("森", Index.Towns)).Select(h => h.Document).Order().ToList());

    [Theory]
    [InlineData("滝沢", "takizawa")]
    [InlineData("滝沢市", "takizawa")]
    [InlineData("雫石町", "shizukuishi")]
    [InlineData("しずくいし", "shizukuishi")]
    [InlineData("盛岡", "morioka")]
    [InlineData("矢巾", "yahaba")]
    public void A_town_name_is_offered_as_a_filter_and_not_searched(string word, string town)
    {
        var query = SearchQuery.Parse($"{word} 観光", Index.Towns);
        Assert.Equal([town], query.NamedTowns.Select(t => t.Key));
        Assert.Equal(["観光"], query.Terms);
    }

    [Fact]
    public void A_name_that_only_contains_a_town_name_is_still_searched() =>
        Assert.Equal(["盛岡広域"], SearchQuery.Parse("盛岡広域", Index.Towns).Terms);

    [Fact]
    public void Towns_are_not_text_but_filters()
    {
        // 95 projects involve all eight towns: the names choose the projects the towns take part in, not words in the text.
        var found = Names("八幡平市 紫波町");
        var towns = IndexSet.Of(Index.Towns.Select((t, i) => (t, i)).Where(x => x.t.Key is "hachimantai" or "shiwa").Select(x => x.i));
        Assert.Equal(Index.Documents.Count(d => d.Towns.Overlaps(towns)), found.Count);
        Assert.Empty(SearchQuery.Parse("八幡平市 紫波町", Index.Towns).Terms);
    }
}

using MoriokaSite.Search;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Search;

/// <summary>
/// Town names in a query, read in context: a name becomes its town's filter only where that hides no project whose
/// text holds it, and the text's mentions of the names count in ranking. The 2015 fixture and a second region with a
/// town 南部町 whose bare name is also the word of 南部地方 and 南部鉄器.
/// </summary>
public sealed class PlaceWordTests
{
    private static SearchIndex Real => RealSite.SearchIndex;

    private static SearchIndex Nanbu => NanbuRegion.SearchIndex;

    private static IReadOnlyList<string> Names(SearchIndex index, string query) =>
        SearchEngine.Find(index, SearchQuery.Parse(query, index.Towns)).Select(h => index.Documents[h.Document].Name).ToList();

    private static bool Says(SearchDocument document, string word) =>
        document.Parts().Any(p => p.Folded.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void Two_towns_list_first_the_projects_whose_text_names_both_then_those_naming_one()
    {
        var found = SearchEngine.Find(Real, SearchQuery.Parse("盛岡 八幡平", Real.Towns)).Select(h => Real.Documents[h.Document]).ToList();
        Assert.Equal(Real.Documents.Count, found.Count); // 盛岡市 takes part in every project: the filters hide none
        var naming = found.Select(d => (Says(d, "盛岡") ? 1 : 0) + (Says(d, "八幡平") ? 1 : 0)).ToList();
        Assert.Equal(naming.OrderDescending(), naming);
        Assert.Equal(4, naming.Count(n => n == 2));
        Assert.Equal(["盛岡・八幡平元気まるごと発信事業", "盛岡・八幡平広域観光の推進と滞在型観光の促進"], found.Take(2).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_other_projects_use_stays_a_word_of_the_text_and_the_town_is_offered()
    {
        var query = SearchQuery.Parse("岩手", Real.Towns);
        Assert.Equal(["岩手"], query.Terms);
        Assert.Empty(query.NamedTowns);
        Assert.Equal(["iwate"], query.OfferedTowns.Select(t => t.Key));

        var names = Names(Real, "岩手");
        Assert.Contains("南岩手山岳遭難対策事業", names); // 岩手山: 岩手町 takes no part in it
        Assert.Equal(Real.Documents.Where(d => Says(d, "岩手")).Select(d => d.Name).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_full_name_still_filters_and_ranks_the_projects_that_write_it_first()
    {
        var query = SearchQuery.Parse("岩手町", Real.Towns);
        Assert.Empty(query.Terms);
        Assert.Equal(["iwate"], query.NamedTowns.Select(t => t.Key));
        Assert.Empty(query.OfferedTowns);
        Assert.Equal(Real.Documents.Count(d => d.Towns.Contains(Real.Towns.ToList().FindIndex(t => t.Key == "iwate"))), Names(Real, "岩手町").Count);
        Assert.DoesNotContain("南岩手山岳遭難対策事業", Names(Real, "岩手町"));
    }

    [Fact]
    public void A_shared_name_with_another_word_keeps_both_as_words_and_a_filtered_town_is_not_offered_again()
    {
        var query = SearchQuery.Parse("岩手 岩手町 観光", Real.Towns);
        Assert.Equal(["岩手", "観光"], query.Terms);
        Assert.Equal(["iwate"], query.NamedTowns.Select(t => t.Key));
        Assert.Empty(query.OfferedTowns);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void A_full_name_is_always_a_filter_and_a_bare_one_exactly_when_the_filter_hides_no_project_whose_text_holds_it(string region)
    {
        var index = region == "nanbu" ? Nanbu : Real;
        var shared = 0;
        for (var i = 0; i < index.Towns.Count; i++)
        {
            var town = index.Towns[i];
            foreach (var alias in town.Aliases)
            {
                var full = town.WrittenOf(alias) == town.Name;
                var hidden = index.Documents.Where(d => !d.Towns.Contains(i) && Says(d, alias)).Select(d => d.Name).ToList();
                Assert.True(town.IsFilteredBy(alias) == (full || hidden.Count == 0), $"{alias}: {string.Join("、", hidden)}");
                shared += town.IsFilteredBy(alias) ? 0 : 1;
            }
        }

        Assert.True(shared > 0, "no bare name is shared: the test proves nothing");
    }

    public static TheoryData<string> Regions() => ["morioka-2015", "nanbu"];

    [Fact]
    public void In_another_region_the_bare_name_finds_its_text_and_the_full_name_filters()
    {
        Assert.Equal(["nanbu"], SearchQuery.Parse("南部", Nanbu.Towns).OfferedTowns.Select(t => t.Key));
        var bare = Names(Nanbu, "南部");
        Assert.Equal(["南部地方畜産振興事業", "南部鉄器体験観光事業", "直売所連携事業"], bare); // names before summaries

        var full = Names(Nanbu, "南部町");
        var position = Nanbu.Towns.ToList().FindIndex(t => t.Key == "nanbu");
        Assert.Equal(Nanbu.Documents.Count(d => d.Towns.Contains(position)), full.Count);
        Assert.Equal("直売所連携事業", full[0]); // its text writes 南部町
        Assert.DoesNotContain("南部地方畜産振興事業", full);
    }

    [Fact]
    public void A_reading_filters_and_ranks_by_its_written_name()
    {
        var query = SearchQuery.Parse("もりおか はちまんたい", Real.Towns);
        Assert.Equal(["盛岡", "八幡平"], query.PlaceWords);
        Assert.Equal(Names(Real, "盛岡 八幡平"), Names(Real, "もりおか はちまんたい"));
    }
}

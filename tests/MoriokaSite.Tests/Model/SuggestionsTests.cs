using MoriokaSite.Text;

namespace MoriokaSite.Tests.Model;

public sealed class SuggestionsTests
{
    private static readonly string[] Towns = ["盛岡市", "八幡平市", "滝沢市", "雫石町", "葛巻町", "岩手町", "紫波町", "矢巾町"];

    [Theory]
    [InlineData("零石町", "雫石町")]
    [InlineData("滝沢", "滝沢市")]
    [InlineData("八幡平", "八幡平市")]
    [InlineData("紫波", "紫波町")]
    public void A_near_miss_finds_the_town(string typed, string expected) => Assert.Equal(expected, Suggestions.Nearest(typed, Towns));

    [Fact]
    public void Something_unrelated_finds_nothing() => Assert.Null(Suggestions.Nearest("東京都千代田区", Towns));

    [Fact]
    public void Two_letters_swapped_are_one_slip() => Assert.Equal(1, Suggestions.Distance("--outptu", "--output"));

    [Theory]
    [InlineData("--outptu", "--output", EditDistance.Swaps.AreOneEdit, 1)]
    [InlineData("--outptu", "--output", EditDistance.Swaps.AreTwoEdits, 2)] // search's rule, as search.js counts
    [InlineData("滝沢市", "沢滝市", EditDistance.Swaps.AreOneEdit, 1)]
    [InlineData("𠮷野町", "野𠮷町", EditDistance.Swaps.AreOneEdit, 1)] // code points: a swap of a surrogate pair is one
    [InlineData("abcd", "badc", EditDistance.Swaps.AreOneEdit, 2)]
    [InlineData("ca", "abc", EditDistance.Swaps.AreOneEdit, 3)] // the restricted rule: no edit inside a swapped pair
    public void One_rule_counts_edits_for_names_and_for_search(string a, string b, EditDistance.Swaps swaps, int expected)
    {
        Assert.Equal(expected, EditDistance.Within(a, b, 10, swaps));
        Assert.Equal(expected, EditDistance.Within(b, a, 10, swaps));
        Assert.Equal(Math.Min(expected, 2), EditDistance.Within(a, b, 1, swaps)); // past the limit: limit + 1
    }

    [Theory]
    [InlineData("tourismx", "tourism")]
    [InlineData("--prot", "--port")]
    [InlineData("新期", "新規")]
    public void The_few_nearest_are_only_the_nearest(string typed, string expected) =>
        Assert.Equal([expected], Suggestions.NearestFew(typed, ["tourism", "transport-hub", "roads", "--port", "--root", "--output", "新規", "拡充"]));

    [Fact]
    public void At_most_three_are_given() => Assert.Equal(["ab1", "ab2", "ab3"], Suggestions.NearestFew("ab", ["ab4", "ab3", "ab2", "ab1"]));

    [Fact]
    public void Nothing_near_gives_none() => Assert.Empty(Suggestions.NearestFew("sports", ["tourism", "roads", "welfare"]));
}

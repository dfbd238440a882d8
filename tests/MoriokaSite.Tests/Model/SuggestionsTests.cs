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

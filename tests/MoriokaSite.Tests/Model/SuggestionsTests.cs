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
}

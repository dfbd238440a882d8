using MoriokaSite.Search;

namespace MoriokaSite.Tests.Search;

/// <summary>
/// A project's towns and tags in the index: any number of them, as hex digits, four positions to a digit, lowest
/// first. A 32-bit number held 31 at most, and made "all of 31" −2147483649 in the browser and 2147483647 here.
/// </summary>
public sealed class IndexSetTests
{
    [Theory]
    [InlineData(8, "ff")]
    [InlineData(31, "fffffff7")]
    [InlineData(32, "ffffffff")]
    [InlineData(34, "ffffffff3")]
    [InlineData(60, "fffffffffffffff")]
    public void All_of_a_region_s_towns_is_one_text_whatever_their_number(int towns, string hex)
    {
        Assert.Equal(hex, IndexSet.All(towns).Hex);
        Assert.Equal(IndexSet.All(towns), IndexSet.Of(Enumerable.Range(0, towns).Reverse()));
        Assert.Equal(Enumerable.Range(0, towns), IndexSet.FromHex(hex).Positions);
    }

    [Theory]
    [InlineData(new int[0], "")]
    [InlineData(new[] { 0 }, "1")]
    [InlineData(new[] { 3 }, "8")]
    [InlineData(new[] { 4 }, "01")]
    [InlineData(new[] { 31 }, "00000008")]
    [InlineData(new[] { 32 }, "000000001")]
    [InlineData(new[] { 0, 33, 59 }, "100000002000008")]
    public void Each_position_is_one_bit_of_its_digit_and_no_zero_digit_ends_the_text(int[] positions, string hex)
    {
        var set = IndexSet.Of(positions);
        Assert.Equal(hex, set.Hex);
        Assert.Equal(positions, IndexSet.FromHex(hex).Positions);
        Assert.All(positions, p => Assert.True(set.Contains(p)));
        Assert.False(set.Contains(1));
    }

    [Fact]
    public void Sets_overlap_when_they_share_a_position_past_31_too()
    {
        Assert.True(IndexSet.Of([2, 40]).Overlaps(IndexSet.Of([40])));
        Assert.False(IndexSet.Of([2, 40]).Overlaps(IndexSet.Of([8, 41])));
        Assert.False(IndexSet.Empty.Overlaps(IndexSet.All(60)));
    }
}

using MoriokaSite.Markup;

namespace MoriokaSite.Tests.Rendering;

public sealed class SummaryBlockTests
{
    [Fact]
    public void Lines_starting_with_a_bullet_become_one_list_after_the_intro()
    {
        var blocks = SummaryBlock.Parse("事業を実施する。\n・起業家塾\n・ファンド\nまた、支援する。");
        Assert.Equal(3, blocks.Count);
        Assert.False(blocks[0].IsList);
        Assert.True(blocks[1].IsList);
        Assert.Equal(["起業家塾", "ファンド"], blocks[1].Lines);
        Assert.Equal(["また、支援する。"], blocks[2].Lines);
    }

    [Fact]
    public void A_bullet_inside_a_sentence_is_not_a_list()
    {
        var block = Assert.Single(SummaryBlock.Parse("広報・PRの支援を行う。"));
        Assert.False(block.IsList);
    }
}

using MoriokaSite.Text;

namespace MoriokaSite.Tests.Text;

public sealed class JapaneseLinesTests
{
    [Theory]
    [InlineData("岩手山麓サイクルツーリズム推進事業", 9)]
    [InlineData("産学金官民一体となった経済戦略の策定、国の成長戦略実施のための体制整備", 10)]
    [InlineData("（仮称）盛岡広域連携中枢都市圏ビジョン", 6)]
    [InlineData("平成27年度（2015年度）の「広域観光」キャンペーン。", 7)]
    public void No_line_starts_or_ends_where_japanese_forbids(string text, double ems)
    {
        var lines = JapaneseLines.Wrap(text, ems);
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines));
        Assert.All(lines.Skip(1), l => Assert.False(JapaneseLines.MayNotStartLine(l[0]), $"「{l}」 starts a line"));
        Assert.All(lines.SkipLast(1), l => Assert.False(JapaneseLines.MayNotEndLine(l[^1]), $"「{l}」 ends a line"));
        Assert.All(lines, l => Assert.True(JapaneseLines.Width(l) <= ems + 1, $"「{l}」 is too wide"));
    }

    [Fact]
    public void Numbers_are_not_split()
    {
        var lines = JapaneseLines.Wrap("事業数は2015年度に123事業", 8);
        Assert.All(lines.Zip(lines.Skip(1)), pair => Assert.False(char.IsAsciiDigit(pair.First[^1]) && char.IsAsciiDigit(pair.Second[0]), $"{pair.First}|{pair.Second}"));
    }

    [Fact]
    public void A_short_text_is_one_line() => Assert.Equal(["観光"], JapaneseLines.Wrap("観光", 20));
}

using MoriokaSite.Search;

namespace MoriokaSite.Tests.Search;

public sealed class TokenizerTests
{
    [Fact]
    public void Punctuation_and_spaces_separate_runs_and_nothing_else_does()
    {
        Assert.Equal(["観光", "物産pr事業"], SearchTokenizer.Runs("観光・物産pr事業"));
        Assert.Equal(["盛岡", "八幡平広域観光推進協議会"], SearchTokenizer.Runs("「盛岡・八幡平広域観光推進協議会」"));
        Assert.Equal(["ワーク", "ライフ", "バランス"], SearchTokenizer.Runs("ワーク・ライフ・バランス"));
        Assert.Equal(["スーパー", "々", "2020"], SearchTokenizer.Runs("スーパー、々（2020）")); // ー and 々 are letters
        Assert.Empty(SearchTokenizer.Runs("「」、。・ "));
    }

    [Fact]
    public void A_query_looks_up_its_bigrams_or_a_single_character()
    {
        Assert.Equal(["新幹", "幹線"], SearchTokenizer.QueryGrams("新幹線"));
        Assert.Equal(["観光"], SearchTokenizer.QueryGrams("観光"));
        Assert.Equal(["森"], SearchTokenizer.QueryGrams("森"));
        Assert.Equal(["𠮷野"], SearchTokenizer.QueryGrams("𠮷野"));
        Assert.Equal(["ああ"], SearchTokenizer.QueryGrams("あああ")); // a gram is looked up once
    }

    [Fact]
    public void A_text_is_indexed_by_every_character_and_every_bigram_of_each_run() =>
        Assert.Equal(["広", "広域", "域", "域観", "観", "観光", "光", "p", "pr", "r"], SearchTokenizer.IndexGrams("広域観光・pr"));
}

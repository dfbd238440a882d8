using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// Which town is the central city, and what the towns are called together, are data: moving the ○ of
/// data/towns.csv changes the agreements' parties and titles; a village makes the word 市町村.
/// </summary>
public sealed class CentralCityTests : SiteCopyTests
{
    // A heading's text is read as a reader reads it: the marks where its lines may break are not text.
    private string Read(string path) => File.ReadAllText(_out[path]).Replace("<wbr>", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task Another_central_city_concludes_the_agreements_with_the_others()
    {
        _site.Edit("data/towns.csv", t => t
            .Replace("morioka,盛岡市,もりおかし,市,1,○", "morioka,盛岡市,もりおかし,市,1,", StringComparison.Ordinal)
            .Replace("takizawa,滝沢市,たきざわし,市,3,", "takizawa,滝沢市,たきざわし,市,3,○", StringComparison.Ordinal));
        var result = await _site.BuildAsync(_out.Path);
        Assert.Empty(result.Diagnostics);

        Assert.False(File.Exists(_out["towns/takizawa/agreement/index.html"]));
        Assert.Contains("<title>滝沢市と盛岡市の連携協約（案） | ", Read("towns/morioka/agreement/index.html"));
        Assert.Contains("滝沢市と<a href=\"/towns/morioka/\">盛岡市</a>との連携協約（案）です。", Read("towns/morioka/agreement/index.html"));
        Assert.Contains("連携協約は、滝沢市と7つの市町との間でそれぞれ締結する", Read("towns/takizawa/index.html"));
        Assert.Contains("滝沢市と紫波町の連携協約（案）", Read("towns/shiwa/index.html"));
        Assert.DoesNotContain("盛岡市と紫波町", Read("towns/shiwa/index.html"));
        Assert.Contains("連携協約は、滝沢市と各市町との間でそれぞれ締結するものです。", Read("agreement/index.html"));
        Assert.Contains("towns/morioka/agreement/", Read("agreement/index.html"));
    }

    [Fact]
    public async Task A_village_makes_the_word_for_all_of_them_shi_cho_son()
    {
        _site.Edit("data/towns.csv", t => t.Replace("kuzumaki,葛巻町,くずまきまち,町,5,", "kuzumaki,葛巻村,くずまきむら,村,5,", StringComparison.Ordinal));
        _site.Edit(ProjectRows.Path, t => t.Replace("葛巻町", "葛巻村", StringComparison.Ordinal).Replace(",8市町,", ",全市町村,", StringComparison.Ordinal));
        var result = await _site.BuildAsync(_out.Path);
        Assert.Empty(result.Diagnostics);

        Assert.Contains("<span>8市町村（全市町村）：</span>", Read("projects/p001/index.html"));
        Assert.Contains("8市町村すべてによる事業（95事業）", Read("towns/kuzumaki/index.html"));
        Assert.Contains("\"towns.all\":\"8市町村（全市町村）\"", Read("search/index/meta.json"));
        Assert.Contains("[\"葛巻村\",\"葛巻\",\"くずまきむら\",\"くずまき\"]", Read("search/index/meta.json")); // a visitor may type the village without 村
    }

    [Fact]
    public void With_a_village_the_region_s_words_for_all_of_them_are_accepted_and_the_old_one_is_not()
    {
        _site.Edit("data/towns.csv", t => t.Replace("kuzumaki,葛巻町,くずまきまち,町,5,", "kuzumaki,葛巻村,くずまきむら,村,5,", StringComparison.Ordinal));
        _site.Edit(ProjectRows.Path, t => t.Replace("葛巻町", "葛巻村", StringComparison.Ordinal).Replace(",8市町,", ",８市町村,", StringComparison.Ordinal));
        var (line, _) = ProjectRows.SetCell(_site, "p001", "関係市町", "8市町");
        ProjectRows.SetCell(_site, "p002", "関係市町", "8市町村");
        ProjectRows.SetCell(_site, "p003", "関係市町", "全市町村");
        var diagnostics = _site.Validate().Diagnostics;
        // 8市町 is the word of the region before its village: the towns of that time, spelled out by expand-towns.
        var d = DiagnosticAssert.Single(diagnostics, "MS127", ProjectRows.Path, line, "「8市町」は、data/towns.csv の市町村が変わる前の「すべての市町村」です（いまは8市町村）。この1か所は", "\"8市町\" meant all the towns before data/towns.csv changed (there are \"8市町村\" now)");
        Assert.Contains("expand-towns", d.Message);
        Assert.Equal([d], diagnostics); // 8市町村, ８市町村 and 全市町村 are read as all of them
    }
}

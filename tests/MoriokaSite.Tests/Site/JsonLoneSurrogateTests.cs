using AngleSharp.Html.Parser;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A \u escape that is half of a surrogate pair ("\uD800") parses as JSON but is no character: in site.json or
/// the theme's wording it is reported at the escape, for build and check alike, and never ends a run in a trace.
/// </summary>
public sealed class JsonLoneSurrogateTests : SiteCopyTests
{
    private const string Strings = "themes/default/strings.json";

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public async Task A_lone_high_surrogate_in_site_json_is_an_error_at_the_escape(string command)
    {
        var line = _site.LineOf("site.json", "  \"region\"");
        _site.Edit("site.json", text => text.Replace("\"region\": \"盛岡広域圏\"", "\"region\": \"盛岡\\uD800広域圏\"", StringComparison.Ordinal));

        string[] output = command == "build" ? ["--output", _out["_site"]] : [];
        var (exit, stdout, stderr) = await ProgramRun.Run([command, "--root", _site.Root, .. output]);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains($"site.json:{line}:16: error MS010: site.json の書き方が正しくありません（「\\uD800」は文字になりません。", stderr);
        Assert.False(Directory.Exists(_out["_site"]));
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public async Task A_lone_low_surrogate_in_the_wording_is_an_error_at_the_escape()
    {
        var line = _site.LineOf(Strings, "  \"nav.data\"");
        _site.Edit(Strings, text => text.Replace("\"nav.data\": \"オープンデータ\"", "\"nav.data\": \"オープン\\uDC00データ\"", StringComparison.Ordinal));

        var result = await CheckAsync();

        var found = DiagnosticAssert.Single(result.Diagnostics, "MS307", Strings, line, "「\\uDC00」は文字になりません", "\"\\uDC00\" is no character: it is one half of a surrogate pair");
        Assert.Equal(20, found.Location.Column);
    }

    [Fact]
    public async Task A_pair_written_as_two_escapes_is_one_character_and_builds()
    {
        _site.Edit("site.json", text => text.Replace("\"title\": \"（仮称）", "\"title\": \"\\uD842\\uDFB7（仮称）", StringComparison.Ordinal));

        var result = await _site.BuildAsync(_out["_site"]);

        Assert.Empty(result.Diagnostics);
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_out["_site"], "index.html")));
        Assert.StartsWith("𠮷（仮称）盛岡広域連携中枢都市圏ビジョン", home.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_high_half_before_an_escape_that_is_not_its_other_half_is_lone_too()
    {
        _site.Edit("site.json", text => text.Replace("\"region\": \"盛岡広域圏\"", "\"region\": \"盛岡\\uD800\\n広域圏\"", StringComparison.Ordinal));
        var result = await CheckAsync();
        Assert.Contains(result.Diagnostics, d => d.Code == "MS010" && d.Message.Contains("「\\uD800」", StringComparison.Ordinal));
    }
}

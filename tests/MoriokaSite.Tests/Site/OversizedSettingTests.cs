using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A value of site.json or of the theme's wording is copied into many pages: one pasted in by mistake (a
/// document of megabytes) is an error at its key, not a site of gigabytes built without a word.
/// </summary>
public sealed class OversizedSettingTests : SiteCopyTests
{
    private const string Strings = "themes/default/strings.json";

    [Fact]
    public async Task A_wording_value_of_six_megabytes_is_an_error_at_its_key_and_nothing_is_written()
    {
        var line = _site.LineOf(Strings, "  \"nav.data\"");
        _site.Edit(Strings, text => text.Replace("\"nav.data\": \"オープンデータ\"", $"\"nav.data\": \"{new string('あ', 2_000_000)}\"", StringComparison.Ordinal));

        var result = await _site.BuildAsync(_out["_site"]);

        DiagnosticAssert.Single(result.Diagnostics, "MS307", Strings, line, "「nav.data」の値が2000000文字あります。文言は1000文字までにしてください", "the value of \"nav.data\" has 2000000 characters; a text may have 1000 at most");
        Assert.False(Directory.Exists(_out["_site"]));
    }

    [Fact]
    public async Task A_site_json_value_over_the_limit_is_an_error_at_its_key()
    {
        var line = _site.LineOf("site.json", "  \"description\"");
        _site.Edit("site.json", text => text.Replace("\"description\": \"", $"\"description\": \"{new string('説', 5000)}", StringComparison.Ordinal));

        var result = await _site.BuildAsync(_out["_site"]);

        DiagnosticAssert.Single(result.Diagnostics, "MS011", "site.json", line, "site.json の「description」が5080文字あります。1000文字までにしてください", "In site.json, \"description\" has 5080 characters: write 1000 at most.");
        Assert.False(Directory.Exists(_out["_site"]));
    }
}

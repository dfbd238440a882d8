using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A control character in a site.json text (the title reaches every page and the Atom feed, where XML
/// cannot carry it) is reported at its key instead of crashing the feed writer.
/// </summary>
public sealed class SiteJsonControlCharacterTests : SiteCopyTests
{
    [Theory]
    [InlineData("title", "\\u000b")]
    [InlineData("description", "\\u0000")]
    [InlineData("source", "\\uffff")]
    public async Task A_setting_with_an_invisible_control_character_is_an_error_at_its_key(string key, string escape)
    {
        var line = _site.LineOf("site.json", $"  \"{key}\"");
        _site.Edit("site.json", text => text.Replace($"\"{key}\": \"", $"\"{key}\": \"{escape}", StringComparison.Ordinal));

        var result = await _site.BuildAsync(_out["_site"]);

        Assert.False(result.Succeeded);
        DiagnosticAssert.Single(result.Diagnostics, "MS015", "site.json", line, $"「{key}」に目に見えない制御文字", $"\"{key}\" has an invisible control character");
        Assert.False(Directory.Exists(_out["_site"]));
    }
}

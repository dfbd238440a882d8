using AngleSharp.Html.Parser;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// The pages' wording is the theme's (themes/default/strings.json): a change there changes the pages, and a
/// missing key, a placeholder no page can fill or a file that is not JSON is reported at its line, before
/// any page is made.
/// </summary>
public sealed class ThemeStringsTests : SiteCopyTests
{
    private const string Strings = "themes/default/strings.json";

    [Fact]
    public void The_theme_s_file_has_every_key_the_generator_asks_for_and_no_other()
    {
        var diagnostics = new DiagnosticBag();
        var strings = ThemeStringsLoader.Load(Repository.Root, "themes/default", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(ThemeStringKeys.Keys.Select(k => k.Key).Order(StringComparer.Ordinal), strings!.Texts.Keys.Order(StringComparer.Ordinal));

        // The loader keeps only the keys it asks for: a key the file has beyond them is one nobody reads.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, Strings)));
        Assert.Equal(strings.Texts.Keys.Order(StringComparer.Ordinal), json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_pages_say_what_the_theme_s_file_says()
    {
        _site.Edit(Strings, text => text
            .Replace("\"search.title\": \"事業を検索\"", "\"search.title\": \"{region}の事業をさがす\"", StringComparison.Ordinal)
            .Replace("\"nav.towns\": \"{kinds}\"", "\"nav.towns\": \"構成{kinds}\"", StringComparison.Ordinal));
        var result = await _site.BuildAsync(_out.Path);
        Assert.Empty(result.Diagnostics);

        var search = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_out.Path, "search", "index.html")));
        Assert.Equal("盛岡広域圏の事業をさがす", search.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("盛岡広域圏の事業をさがす", search.QuerySelector(".breadcrumbs li:last-child")!.TextContent.Trim());
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_out.Path, "index.html")));
        Assert.Contains("構成市町", home.QuerySelectorAll("header nav a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task The_charts_and_the_tables_regions_are_worded_by_the_theme_too()
    {
        _site.Edit(Strings, text => text
            .Replace("\"count.projects\": \"{count}事業\"", "\"count.projects\": \"計{count}件\"", StringComparison.Ordinal)
            .Replace("\"table.named\": \"表：{heading}\"", "\"table.named\": \"一覧表「{heading}」\"", StringComparison.Ordinal));
        var result = await _site.BuildAsync(_out.Path);
        Assert.Empty(result.Diagnostics);

        var home = File.ReadAllText(Path.Combine(_out.Path, "index.html"));
        Assert.Matches("計<tspan class=\"total\">[0-9]+</tspan>件</text>", home);
        Assert.DoesNotContain("</tspan>事業", home, StringComparison.Ordinal);
        var towns = File.ReadAllText(Path.Combine(_out.Path, "towns", "index.html"));
        Assert.Matches("計<tspan class=\"n\">[0-9]+</tspan>件</text>", towns);
        var agreement = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_out.Path, "agreement", "index.html")));
        var names = agreement.QuerySelectorAll(".table-scroll").Select(r => r.GetAttribute("aria-label")).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.StartsWith("一覧表「", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_key_is_named_at_the_file()
    {
        _site.Edit(Strings, text => text.Replace("  \"nav.data\": \"オープンデータ\",\n", string.Empty, StringComparison.Ordinal));
        var result = await CheckAsync();
        DiagnosticAssert.Single(result.Diagnostics, "MS305", Strings, 1, "「nav.data」がありません", "has no \"nav.data\"");
    }

    [Fact]
    public async Task A_placeholder_the_page_cannot_fill_is_reported_at_its_key()
    {
        var line = _site.LineOf(Strings, "  \"search.title\"");
        _site.ReplaceLine(Strings, line, "  \"search.title\": \"{town}の事業を検索\",");
        var result = await CheckAsync();
        var d = DiagnosticAssert.Single(result.Diagnostics, "MS306", Strings, line, "「search.title」の文言の「{town}」には入れる値がありません", "\"search.title\" has the placeholder \"{town}\"");
        Assert.Equal(3, d.Location.Column);
        Assert.Contains("{kinds} {allTowns} {asOf}", d.Message); // what the message offers instead: the region's facts
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_reported_at_its_line()
    {
        var line = _site.LineOf(Strings, "  \"nav.towns\"");
        _site.ReplaceLine(Strings, line, "  \"nav.towns\": \"{kinds}\"");
        var result = await CheckAsync();
        DiagnosticAssert.Single(result.Diagnostics, "MS307", Strings, line + 1, "文言のファイルの書き方が正しくありません（JSON として読めません）", "The wording file is not written correctly (it is not valid JSON)");
    }

    [Fact]
    public async Task A_value_that_is_not_text_is_reported_at_its_key()
    {
        var line = _site.LineOf(Strings, "  \"count.none\"");
        _site.ReplaceLine(Strings, line, "  \"count.none\": 0,");
        var result = await CheckAsync();
        Assert.Contains(result.Diagnostics, d => d.Code == "MS307" && d.Location.Line == line && d.Location.Column == 3 && d.Message.Contains("「count.none」の値は", StringComparison.Ordinal));
    }
}

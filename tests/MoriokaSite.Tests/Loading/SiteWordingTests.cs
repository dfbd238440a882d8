using System.Text.Json;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// A site owns its words: content/strings.json gives any key of the theme's wording again, and its text is the one
/// the pages, the open data and search show, as a Hugo project's i18n/ overrides its theme's. The theme's own
/// wording is neutral; this site's 2015 framing (候補, 案, 時点) is in its own file, and checked as the theme's is.
/// </summary>
public sealed class SiteWordingTests : SiteCopyTests
{
    private const string SiteWords = "content/strings.json";

    private AngleSharp.Html.Dom.IHtmlDocument Built(string path) => BuiltSites.Parse(_out[Path.Combine(path, "index.html")]);

    [Fact]
    public void The_theme_s_own_wording_frames_nothing_as_a_candidate_a_draft_or_of_a_date()
    {
        var theme = File.ReadAllText(Path.Combine(Repository.Root, "themes/default/strings.json"));
        foreach (var word in new[] { "候補", "（案）", "時点", "想定", "絞り込む予定", "{asOf}" })
        {
            Assert.DoesNotContain(word, theme);
        }
    }

    [Fact]
    public async Task The_site_s_words_replace_the_theme_s_on_the_pages_in_the_open_data_and_in_search()
    {
        _site.Edit(SiteWords, text => text.Replace("\"project.standing\": \"この事業は、{asOf}時点で都市圏ビジョンへの位置付けを想定する事業（候補）です。\",", """
              "nav.data": "データ",
              "column.name": "名称",
              "search.nothing": "見つかりませんでした。",
              "date": "yyyy年M月d日",
              "project.standing": "この事業は{asOf}現在の事業です。",
            """, StringComparison.Ordinal));
        var result = await _site.BuildAsync(_out.Path);
        Assert.Empty(result.Diagnostics);

        Assert.Contains("データ", Built(string.Empty).QuerySelectorAll(".main-nav a").Select(a => a.TextContent));
        Assert.Equal("この事業は2015年11月24日現在の事業です。", Built("projects/p001").QuerySelector("main > p")!.TextContent);
        using var schema = JsonDocument.Parse(File.ReadAllText(_out["data/projects.schema.json"]));
        Assert.Equal("名称", schema.RootElement.GetProperty("properties").GetProperty("projects").GetProperty("items").GetProperty("properties").GetProperty("name").GetProperty("title").GetString());
        using var meta = JsonDocument.Parse(File.ReadAllText(_out["search/index/meta.json"]));
        Assert.Equal("見つかりませんでした。", meta.RootElement.GetProperty("words").GetProperty("search.nothing").GetString());

        // The site's other texts are still its 2015 framing; the theme's are the rest.
        Assert.Contains("2015年11月24日時点で都市圏ビジョンへの位置付けを想定する事業（候補）", Built("projects").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Without_its_own_wording_the_site_speaks_in_the_theme_s_neutral_words()
    {
        File.Delete(_site.PathOf(SiteWords));
        var result = await _site.BuildAsync(_out.Path);
        Assert.Empty(result.Diagnostics);

        foreach (var path in new[] { string.Empty, "projects", "fields/tourism", "towns/kuzumaki", "towns", "data", "projects/p001" })
        {
            // The site's own text (its Markdown and the home page's description, its projects' summaries) may say so;
            // the words around it do not.
            var page = Built(path);
            foreach (var content in page.QuerySelectorAll(path.Length == 0 ? ".prose, .lead" : ".prose, .project-summary").ToList())
            {
                content.Remove();
            }

            var main = page.QuerySelector("main")!.TextContent;
            Assert.DoesNotContain("候補", main);
            Assert.DoesNotContain("時点の案", main);
            Assert.DoesNotContain("絞り込む予定", main);
        }

        Assert.Contains("事業は全部で107事業です。", Built(string.Empty).QuerySelector("#summary ~ p, section[aria-labelledby=summary] p")!.TextContent);
        Assert.Contains("連携協約（案）", Built("agreement").QuerySelector("h1")!.TextContent); // the agreement's title is content, not wording
    }

    [Fact]
    public void A_key_the_theme_does_not_have_is_reported_with_the_nearest_one()
    {
        _site.Write(SiteWords, "{\n  \"nav.data\": \"データ\",\n  \"nav.projcts\": \"事業\"\n}\n");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS308", SiteWords, 3, "文言のキー「nav.projcts」はありません。もしかして: nav.projects。", "There is no wording key \"nav.projcts\". Did you mean \"nav.projects\"?");
        Assert.Equal(3, d.Location.Column);
    }

    [Fact]
    public void A_placeholder_the_page_cannot_fill_is_reported_in_the_site_s_file_too()
    {
        _site.Write(SiteWords, "{\n  \"search.title\": \"{town}の事業を検索\"\n}\n");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS306", SiteWords, 2, "「search.title」の文言の「{town}」には入れる値がありません", "\"search.title\" has the placeholder \"{town}\"");
    }

    [Fact]
    public void A_site_file_that_is_not_json_is_reported_at_its_line()
    {
        _site.Write(SiteWords, "{\n  \"nav.data\": \"データ\"\n  \"nav.projects\": \"事業\"\n}\n");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS307", SiteWords, 3, "文言のファイルの書き方が正しくありません（JSON として読めません）", "The wording file is not written correctly (it is not valid JSON)");
    }

    [Fact]
    public void A_date_pattern_dotnet_cannot_write_is_reported_at_its_key()
    {
        _site.Write(SiteWords, "{\n  \"date\": \"%\"\n}\n");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS307", SiteWords, 2, "「date」の値は日付の書き方（例: gy年M月d日）にしてください", "the value of \"date\" must be a way to write a date");
    }

    [Fact]
    public async Task A_link_in_the_wording_is_a_link_on_the_page_and_its_words_are_encoded()
    {
        _site.Write(SiteWords, "{\n  \"home.summaryLead\": \"<b>全{count}件</b>。[一覧 & 検索]({projectsUrl})\"\n}\n");
        Assert.Empty((await _site.BuildAsync(_out.Path)).Diagnostics);
        var html = File.ReadAllText(_out["index.html"]);
        Assert.Contains("<p>&lt;b&gt;全107件&lt;/b&gt;。<a href=\"/projects/\">一覧 &amp; 検索</a></p>", html);
    }
}

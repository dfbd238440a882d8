using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A page is a file: any Markdown file of content/ (but the fields) is a page at its name, its kind and its place
/// in the menus in its front matter. A new page is one new file, and nothing else changes.
/// </summary>
public sealed class ContentPagesTests : SiteCopyTests
{
    private const string Access = "---\ntitle: 盛岡広域圏への交通\ndescription: 圏域への行き方です。\nlinkTitle: 交通\nmenu: main\nweight: 55\n---\n\n盛岡駅から各市町へ。\n";

    private AngleSharp.Html.Dom.IHtmlDocument Built(string path) => BuiltSites.Parse(_out[Path.Combine(path, "index.html")]);

    private async Task BuildAsync()
    {
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task A_new_markdown_file_is_a_new_page_in_the_menu_at_its_weight()
    {
        _site.Write("content/access.md", Access);
        await BuildAsync();

        var page = Built("access");
        Assert.Equal("盛岡広域圏への交通", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("盛岡広域圏への交通 | （仮称）盛岡広域連携中枢都市圏ビジョン", page.Title);
        Assert.Equal("盛岡駅から各市町へ。", page.QuerySelector(".prose p")!.TextContent);
        Assert.Equal(["トップ", "盛岡広域圏への交通"], page.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()));

        // Between the schedule (weight 50) and the open data (60), on every page; current on its own.
        var menu = Built(string.Empty).QuerySelectorAll(".main-nav a").Select(a => a.TextContent).ToList();
        Assert.Equal(["トップ", "事業一覧", "市町", "連携協約（案）", "スケジュール", "交通", "オープンデータ"], menu);
        Assert.Equal("page", page.QuerySelector(".main-nav a[href='/access/']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task A_page_without_a_menu_is_linked_from_no_menu_and_a_folder_s_index_is_the_folder_s_page()
    {
        _site.Write("content/about/index.md", "---\ntitle: 圏域について\ndescription: 圏域の紹介です。\n---\n\n紹介。\n");
        _site.Write("content/about/history.md", "---\ntitle: 圏域の沿革\ndescription: これまでの歩みです。\n---\n\n沿革。\n");
        await BuildAsync();

        Assert.Equal("圏域について", Built("about").QuerySelector("h1")!.TextContent);
        var history = Built("about/history");
        Assert.Equal([("トップ", "/"), ("圏域について", "/about/"), ("圏域の沿革", null)], history.QuerySelectorAll(".breadcrumbs li").Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href"))));
        Assert.DoesNotContain(Built(string.Empty).QuerySelectorAll(".main-nav a"), a => a.GetAttribute("href")!.StartsWith("/about/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_footer_links_the_pages_of_its_menu()
    {
        _site.Write("content/privacy.md", "---\ntitle: 個人情報の取扱い\ndescription: このサイトは個人情報を集めません。\nmenu: footer\nweight: 1\n---\n\n集めません。\n");
        await BuildAsync();

        var footer = Built("projects").QuerySelectorAll(".footer-links a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("個人情報の取扱い", "/privacy/"), ("ウェブアクセシビリティ方針", "/accessibility/")], footer);
    }

    [Fact]
    public async Task The_existing_pages_keep_their_addresses_and_the_menu_its_order()
    {
        await BuildAsync();
        var menu = Built("schedule").QuerySelectorAll(".main-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("トップ", "/"), ("事業一覧", "/projects/"), ("市町", "/towns/"), ("連携協約（案）", "/agreement/"), ("スケジュール", "/schedule/"), ("オープンデータ", "/data/")], menu);
        Assert.Equal("page", Built("schedule").QuerySelector(".main-nav a[href='/schedule/']")!.GetAttribute("aria-current"));
        Assert.Equal("true", Built("towns/shiwa/agreement").QuerySelector(".main-nav a[href='/agreement/']")!.GetAttribute("aria-current"));
        Assert.True(File.Exists(_out["accessibility/index.html"]));
    }

    [Theory]
    [InlineData("content/projects.md", "projects")]
    [InlineData("content/data/index.md", "data")]
    [InlineData("content/assets/logo.md", "assets")]
    public void A_page_named_like_a_section_the_generator_makes_is_an_error(string file, string name)
    {
        _site.Write(file, Access);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS230", file, 1, $"ページの名前「{name}」は、ジェネレーターが作るページ（/{name}/）と同じです", $"The page name \"{name}\" is the place of a page the generator makes (/{name}/)");
    }

    [Fact]
    public void A_file_name_that_cannot_be_an_address_is_an_error()
    {
        _site.Write("content/Access Map.md", Access);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS231", "content/Access Map.md", 1, "「Access Map」は、ページのアドレスになるので使えません", "\"Access Map\" becomes the page's address");
    }

    [Fact]
    public void A_file_name_windows_cannot_check_out_is_an_error()
    {
        _site.Write("content/aux.md", Access);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS231", "content/aux.md", 1, "「aux」は Windows で", "\"aux\" cannot be the name of a file or folder on Windows");
    }

    [Fact]
    public void Two_files_of_one_page_are_an_error()
    {
        _site.Write("content/schedule/index.md", Access);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS232", "content/schedule/index.md", 1, "このファイルのページ /schedule/ は content/schedule.md のページでもあります", "This file's page /schedule/ is also the page of content/schedule.md");
    }

    [Fact]
    public void An_unknown_layout_lists_the_ones_a_page_may_have()
    {
        _site.Write("content/access.md", Access.Replace("menu: main", "layout: Map", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS233", "content/access.md", 5, "layout「Map」は使えません。次のいずれかを書いてください: TextPage, Agreement, Accessibility", "The layout \"Map\" cannot be used. Write one of: \"TextPage\", \"Agreement\", \"Accessibility\"");
    }

    [Fact]
    public void The_home_page_has_the_home_layout_only()
    {
        _site.Edit("content/index.md", text => text.Replace("menu: main", "layout: TextPage", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS233", "content/index.md", 5, "layout「TextPage」は使えません。次のいずれかを書いてください: Home", "Write one of: \"Home\"");
    }

    [Fact]
    public void The_accessibility_layout_belongs_to_the_page_the_publishing_check_audits()
    {
        _site.Write("content/a11y.md", Access.Replace("menu: main", "layout: Accessibility", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS233", "content/a11y.md", 5, "layout「Accessibility」は content/accessibility.md でだけ使えます", "can be used only in content/accessibility.md");
    }

    [Fact]
    public void An_unknown_menu_lists_the_menus()
    {
        _site.Write("content/access.md", Access.Replace("menu: main", "menu: header", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS233", "content/access.md", 5, "menu「header」は使えません。次のいずれかを書いてください: main, footer", "The menu \"header\" cannot be used");
    }

    [Fact]
    public void A_weight_is_a_whole_number()
    {
        _site.Write("content/access.md", Access.Replace("weight: 55", "weight: 五十五", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS113", "content/access.md", 6, "「weight」の「五十五」は数ではありません", "\"五十五\" in \"weight\" is not a number");
    }

    [Fact]
    public void A_full_width_weight_is_read()
    {
        _site.Write("content/access.md", Access.Replace("weight: 55", "weight: ５５", StringComparison.Ordinal));
        Assert.Empty(_site.Validate().Diagnostics);
    }

    [Fact]
    public void A_second_agreement_page_is_an_error()
    {
        _site.Write("content/agreement-2016.md", _site.Read("content/agreement.md"));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS234", "content/agreement.md", 5, "layout「Agreement」のページは content/agreement-2016.md にもあります", "content/agreement-2016.md also has the layout \"Agreement\"");
    }

    [Fact]
    public void A_site_without_an_agreement_page_is_told_what_to_add()
    {
        _site.Edit("content/agreement.md", text => text.Replace("layout: Agreement\n", string.Empty, StringComparison.Ordinal).Replace("placeholder: 〇〇市（町）\n", string.Empty, StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS001", "content", 1, "連携協約のページ（設定欄に layout: Agreement と書いた", "The partnership agreement's page (a Markdown file of content/ with layout: Agreement");
    }

    [Fact]
    public void The_keys_a_page_may_have_are_listed_when_one_is_unknown()
    {
        _site.Write("content/access.md", Access.Replace("menu: main", "nav: main", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS203", "content/access.md", 5, "使えるキー: title, description, layout, menu, weight, linkTitle", "Keys you can use: title, description, layout, menu, weight, linkTitle");
    }

    [Fact]
    public void Files_of_content_that_are_not_markdown_are_not_pages()
    {
        _site.Write("content/notes.txt", "メモ");
        Assert.Empty(_site.Validate().Diagnostics);
    }
}

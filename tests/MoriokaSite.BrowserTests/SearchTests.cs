using System.Text.Json;
using System.Web;
using Microsoft.Playwright;
using MoriokaSite.Config;
using MoriokaSite.Routing;
using MoriokaSite.Search;
using MoriokaSite.Text.Phrases;

namespace MoriokaSite.BrowserTests;

/// <summary>The search page in Chromium: typing, filters, the URL, hostile and empty queries, no JavaScript, the keyboard.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    private static readonly SearchIndex Index = SearchIndex.Build(RealSite.Model, new Routes(BaseUrl.Parse("https://example.github.io" + BrowserSite.BasePath)));

    private static List<string> Expected(string query, Func<SearchDocument, bool>? filter = null, bool townTicked = false) =>
        SearchEngine.Find(Index, SearchQuery.Parse(query, Index.Towns), townTicked)
            .Select(h => Index.Documents[h.Document]).Where(filter ?? (_ => true)).Select(d => d.Url).ToList();

    private static async Task<List<string>> Shown(IPage page) =>
        [.. await page.Locator("#search-results > li h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];

    private static async Task<string> StatusAsync(IPage page) => (await page.Locator("#search-status").TextContentAsync())!;

    /// <summary>Waits until the live region says the given text: the page has drawn the results by then.</summary>
    private static Task WaitForStatus(IPage page, string text) =>
        Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(text, new() { Timeout = 10_000 });

    private async Task<IPage> Open(string query = "")
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/" + query));
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('search-results-drawn').length > 0");
        return page;
    }

    [Fact]
    public async Task Results_follow_the_typing_without_enter_in_the_same_order_as_the_index()
    {
        var page = await Open();
        await page.Locator("#search-q").PressSequentiallyAsync("観光");
        var expected = Expected("観光");
        await WaitForStatus(page, $"「観光」の検索結果：{expected.Count}件");
        Assert.Equal(expected.Take(10), await Shown(page));
        Assert.EndsWith("/search/?q=" + Uri.EscapeDataString("観光"), page.Url);
        Assert.Equal("観光", await page.Locator("#search-results > li:first-child h3 mark").First.TextContentAsync());
        Assert.True(await page.Locator("#search-results > li .result-snippet mark").CountAsync() > 0);
    }

    /// <summary>A result's name, drawn by search.js across the marks of the terms found, breaks where the project's own page breaks it.</summary>
    [Fact]
    public async Task A_result_name_breaks_between_the_same_phrases_as_on_its_page()
    {
        var page = await Open("?q=" + Uri.EscapeDataString("連携"));
        var drawn = await page.Locator("#search-results > li h3 a").EvaluateAllAsync<string[][]>("""
            links => links.map(a => {
              const places = [];
              let at = 0;
              const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (n.nodeType === Node.TEXT_NODE) at += n.data.length;
                else if (n.tagName === 'WBR') places.push(String(at));
              }
              return [a.textContent, a.querySelectorAll('mark').length > 0 ? 'marked' : '', ...places];
            })
            """);
        Assert.True(drawn.Length >= 5 && drawn.Any(d => d[1] == "marked"), $"{drawn.Length} results drawn");
        Assert.All(drawn, d => Assert.Equal(
            PhraseSegmenter.ForJapanese.Boundaries(d[0]).Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            d.Skip(2)));
        Assert.Contains(drawn, d => d.Length > 3);
    }

    [Fact]
    public async Task The_browser_ranks_every_benchmark_query_as_the_generator_does()
    {
        var page = await Open();
        foreach (var query in SearchQueries.Japanese)
        {
            await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString(query)));
            var expected = Expected(query);
            await WaitForStatus(page, $"「{query}」の検索結果：{expected.Count}件");
            Assert.Equal(expected.Take(10), await Shown(page));
        }
    }

    [Fact]
    public async Task The_browser_folds_and_tokenizes_exactly_as_the_generator()
    {
        var page = await Open();
        var texts = RealSite.Model.Projects.SelectMany(p => new[] { p.Name, p.Summary })
            .Concat(RealSite.Model.Fields.Select(f => f.Title))
            .Concat(["ＩＣＴ", "ｲﾝﾀｰﾝ", "ﾊﾞｽﾎﾟｰﾄ", "㈱①", "ΣΑΣ", "İstanbul", "e\u0301", "𠮷野家", "Ⅻ", "ﬁ", "ß", "スキー", "すきー", "ヴァイオリン", "ヷ", "ｳﾞｧ", "インターンシップ", "コンピューター"])
            .ToList();
        // Every character of the blocks people type in: Latin, Greek, Cyrillic, punctuation, kana (with the small kana of
        // the supplementary planes), CJK symbols, full and half width.
        foreach (var (from, to) in new[] { (0x20, 0x24F), (0x370, 0x4FF), (0x2000, 0x24FF), (0x3000, 0x33FF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFFEF), (0x1B000, 0x1B16F) })
        {
            texts.AddRange(Enumerable.Range(from, to - from + 1).Where(c => c is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32));
        }

        var browser = await page.EvaluateAsync<string[][]>(
            "texts => texts.map(t => { const f = MoriokaSearch.fold(t); return [f, MoriokaSearch.runs(f).join('|'), MoriokaSearch.runs(f).flatMap(MoriokaSearch.queryGrams).join('|')]; })",
            texts);
        var differences = texts.Select((text, i) =>
        {
            var folded = MoriokaSite.Text.TextNormalizer.Fold(text);
            var runs = SearchTokenizer.Runs(folded);
            string[] generator = [folded, string.Join('|', runs), string.Join('|', runs.SelectMany(SearchTokenizer.QueryGrams))];
            return generator.SequenceEqual(browser[i]) ? null : $"{text} (U+{char.ConvertToUtf32(text, 0):X4}): generator {string.Join(" / ", generator)}; browser {string.Join(" / ", browser[i])}";
        }).Where(d => d is not null).ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} of {texts.Count} differ:\n" + string.Join('\n', differences.Take(10)));

        var grams = Index.Postings.Keys.Take(500).ToArray();
        var shards = await page.EvaluateAsync<int[]>("grams => grams.map(g => MoriokaSearch.shardOf(g, 7))", grams);
        Assert.Equal(grams.Select(g => SearchIndexFiles.ShardOf(g, 7)), shards);
    }

    [Theory]
    [InlineData("status", "planned")]
    [InlineData("tag", "new")]
    [InlineData("town", "kuzumaki")]
    [InlineData("field", "tourism")]
    public async Task Each_filter_narrows_shows_its_count_and_goes_in_the_url(string group, string key)
    {
        var page = await Open("?q=" + Uri.EscapeDataString("観光"));
        var box = page.Locator($"input[name={group}][value={key}]");
        var label = box.Locator("xpath=..");
        var shownCount = int.Parse((await label.Locator("[data-count]").TextContentAsync())!.Trim('（', '）'));

        await label.ClickAsync();
        var expected = Expected("観光", d => Matches(d, group, key), townTicked: group == "town");
        Assert.Equal(expected.Count, shownCount);
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"{expected.Count}件");
        Assert.Equal(expected.Take(10), await Shown(page));
        Assert.Contains($"{group}={key}", page.Url);
        Assert.True(await box.IsCheckedAsync());
    }

    private static bool Matches(SearchDocument d, string group, string key) => group switch
    {
        "status" => Index.Statuses[d.Status] == key,
        "tag" => Index.Tags.Select((t, i) => (t, i)).Any(x => x.t == key && d.Tags.Contains(x.i)),
        "town" => Index.Towns.Select((t, i) => (t, i)).Any(x => x.t.Key == key && d.Towns.Contains(x.i)),
        _ => Index.Fields[d.Field] == key,
    };

    [Fact]
    public async Task Filters_count_from_the_data_and_combine_within_and_across_groups()
    {
        var page = await Open();
        var model = RealSite.Model;
        foreach (var town in model.Towns)
        {
            Assert.Equal($"（{town.Projects.Count}）", await page.Locator($"input[value={town.Slug}] ~ [data-count]").TextContentAsync());
        }

        await page.GotoAsync(site.Url("search/?town=kuzumaki&town=shizukuishi&status=existing"));
        var expected = model.Projects.Where(p => p.Status == Model.Status.Existing && p.Towns.Any(t => t.Slug is "kuzumaki" or "shizukuishi")).ToList();
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"：{expected.Count}件");
        Assert.True(await page.Locator("input[value=kuzumaki]").IsCheckedAsync());
        Assert.True(await page.Locator("input[value=shizukuishi]").IsCheckedAsync());

        // A town ticked alone lists its own projects (shared by only some towns) before the region-wide ones.
        await page.GotoAsync(site.Url("search/?town=shizukuishi"));
        var shizukuishi = Index.Documents.Where(d => d.Towns.Contains(Index.Towns.ToList().FindIndex(t => t.Key == "shizukuishi")))
            .OrderBy(d => d.Towns.Equals(IndexSet.All(Index.Towns.Count)) ? 1 : 0).Select(d => d.Url).ToList();
        await WaitForStatus(page, $"雫石町が関係する事業：{shizukuishi.Count}件");
        var shown = await Shown(page);
        Assert.Equal(shizukuishi.Take(10), shown);
        Assert.False(Index.Documents.Single(d => d.Url == shown[0]).Towns.Equals(IndexSet.All(Index.Towns.Count)));
    }

    [Fact]
    public async Task A_shared_link_and_the_back_button_give_the_same_results()
    {
        var page = await Open();
        await page.Locator("#search-q").PressSequentiallyAsync("観光");
        var all = Expected("観光").Count;
        await WaitForStatus(page, $"「観光」の検索結果：{all}件");
        await page.Locator("input[value=planned]").CheckAsync();
        var planned = Expected("観光", d => Matches(d, "status", "planned")).Count;
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"：{planned}件");
        var shared = page.Url;

        await page.GoBackAsync();
        await WaitForStatus(page, $"「観光」の検索結果：{all}件");
        Assert.False(await page.Locator("input[value=planned]").IsCheckedAsync());
        await page.GoBackAsync();
        await WaitForStatus(page, "全107件");
        Assert.Equal(string.Empty, await page.Locator("#search-q").InputValueAsync());
        await page.GoForwardAsync();
        await WaitForStatus(page, $"「観光」の検索結果：{all}件");

        var other = await Open(new Uri(shared).Query);
        await Assertions.Expect(other.Locator("#search-status")).ToContainTextAsync($"：{planned}件");
        Assert.Equal("観光", await other.Locator("#search-q").InputValueAsync());
        Assert.True(await other.Locator("input[value=planned]").IsCheckedAsync());
    }

    [Fact]
    public async Task A_hostile_query_is_shown_as_text_and_runs_nothing()
    {
        const string Hostile = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";
        var page = await Open("?q=" + Uri.EscapeDataString(Hostile));
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.Locator("#search-q").FillAsync(string.Empty);
        await page.Locator("#search-q").PressSequentiallyAsync("<img src=x onerror=alert(1)>");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString(Hostile)));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync(Hostile);
        Assert.Equal(0, await page.Locator("#search-app img, #search-app script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task No_result_says_so_and_offers_to_drop_a_term_or_a_filter()
    {
        var page = await Open("?q=" + Uri.EscapeDataString("観光 存在しない語") + "&town=kuzumaki");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("：0件");
        Assert.Equal(0, await page.Locator("#search-results > li").CountAsync());
        await Assertions.Expect(page.Locator("#search-offers")).ToContainTextAsync("条件に合う事業はありません");
        await Assertions.Expect(page.Locator("#search-offers button", new() { HasText = "絞り込み「葛巻町」を外す" })).ToBeVisibleAsync();
        await page.Locator("#search-offers button", new() { HasText = "「存在しない語」を外す" }).ClickAsync();
        var expected = Expected("観光", d => Matches(d, "town", "kuzumaki")).Count;
        await WaitForStatus(page, $"「観光」（絞り込み：葛巻町）の検索結果：{expected}件");
        Assert.Equal("観光", await page.Locator("#search-q").InputValueAsync());
    }

    [Fact]
    public async Task A_town_name_in_the_query_becomes_its_filter_visible_removable_and_in_the_url()
    {
        var page = await Open();
        await page.Locator("#search-q").PressSequentiallyAsync("観光 滝沢");
        var expected = Expected("観光 滝沢");
        Assert.Equal(expected, Expected("観光", d => Matches(d, "town", "takizawa")).Intersect(expected));
        await WaitForStatus(page, $"「観光」（絞り込み：滝沢市）の検索結果：{expected.Count}件");
        Assert.Equal(expected.Take(10), await Shown(page));
        Assert.True(await page.Locator("input[name=town][value=takizawa]").IsCheckedAsync());
        Assert.Contains("town=takizawa", page.Url);
        Assert.DoesNotContain(Uri.EscapeDataString("滝沢"), page.Url);

        await page.Locator("#search-offers button", new() { HasText = "滝沢市の絞り込みを外す" }).ClickAsync();
        await WaitForStatus(page, $"「観光」の検索結果：{Expected("観光").Count}件");
        Assert.Equal("観光", await page.Locator("#search-q").InputValueAsync());
        Assert.False(await page.Locator("input[name=town][value=takizawa]").IsCheckedAsync());
    }

    [Theory]
    [InlineData("雫石", "雫石町が関係する事業")]
    [InlineData("盛岡 八幡平", "盛岡市、八幡平市のいずれかが関係する事業")]
    public async Task A_query_of_towns_alone_lists_their_projects_their_own_first_and_says_so(string query, string projects)
    {
        var page = await Open("?q=" + Uri.EscapeDataString(query));
        var expected = Expected(query);
        await WaitForStatus(page, $"{projects}：{expected.Count}件");
        Assert.Equal(expected.Take(10), await Shown(page));
        await Assertions.Expect(page.Locator("#search-offers")).ToContainTextAsync("を先に");
    }

    [Fact]
    public async Task Two_towns_show_first_the_projects_whose_text_names_both_with_the_names_marked()
    {
        var page = await Open("?q=" + Uri.EscapeDataString("盛岡 八幡平"));
        var expected = Expected("盛岡 八幡平");
        await WaitForStatus(page, $"盛岡市、八幡平市のいずれかが関係する事業：{expected.Count}件");
        var naming = Index.Documents.Where(d => Says(d, "盛岡") && Says(d, "八幡平")).Select(d => d.Url).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, naming.Count);
        var shown = await Shown(page);
        Assert.Equal(naming, shown.Take(naming.Count).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Take(10), shown);
        Assert.Equal(["盛岡", "八幡平"], await page.Locator("#search-results > li:first-child h3 mark").AllTextContentsAsync());
        await Assertions.Expect(page.Locator("#search-offers")).ToContainTextAsync("事業名や説明に「盛岡」「八幡平」とある事業を先に");
    }

    private static bool Says(SearchDocument document, string word) => document.Parts().Any(p => p.Folded.Contains(word, StringComparison.Ordinal));

    [Fact]
    public async Task A_town_name_other_projects_use_is_searched_as_a_word_and_its_filter_is_offered()
    {
        var page = await Open();
        await page.Locator("#search-q").PressSequentiallyAsync("岩手");
        var expected = Expected("岩手");
        await WaitForStatus(page, $"「岩手」の検索結果：{expected.Count}件");
        var shown = await Shown(page);
        Assert.Equal(expected.Take(10), shown);
        Assert.Contains(Index.Documents.Single(d => d.Name == "南岩手山岳遭難対策事業").Url, shown); // 岩手山: 岩手町 takes no part
        Assert.False(await page.Locator("input[name=town][value=iwate]").IsCheckedAsync());
        Assert.EndsWith("/search/?q=" + Uri.EscapeDataString("岩手"), page.Url);
        await Assertions.Expect(page.Locator("#search-offers")).ToContainTextAsync("「岩手」は岩手町の名前ですが、ほかの事業の説明にも出てくるので、この言葉を含む事業を探しています。");

        var offer = page.Locator("#search-offers a", new() { HasText = "岩手町の事業だけを見る" });
        Assert.EndsWith("/search/?town=iwate", await offer.GetAttributeAsync("href"));
        await offer.ClickAsync();
        var town = Expected(string.Empty, d => Matches(d, "town", "iwate"), townTicked: true);
        // A ticked box and no words: the line says what a resident asked for, not a query's syntax.
        await WaitForStatus(page, $"岩手町が関係する事業：{town.Count}件");
        Assert.Equal(town.Take(10), await Shown(page));
        Assert.True(await page.Locator("input[name=town][value=iwate]").IsCheckedAsync());
        Assert.Equal(string.Empty, await page.Locator("#search-q").InputValueAsync());
        Assert.EndsWith("/search/?town=iwate", page.Url);

        await page.GoBackAsync();
        await WaitForStatus(page, $"「岩手」の検索結果：{expected.Count}件");
        Assert.False(await page.Locator("input[name=town][value=iwate]").IsCheckedAsync());
    }

    [Fact]
    public async Task The_full_name_of_a_town_is_its_filter_at_once()
    {
        var page = await Open("?q=" + Uri.EscapeDataString("岩手町"));
        var expected = Expected("岩手町");
        await WaitForStatus(page, $"岩手町が関係する事業：{expected.Count}件");
        Assert.Equal(expected.Take(10), await Shown(page));
        Assert.True(await page.Locator("input[name=town][value=iwate]").IsCheckedAsync());
        Assert.Equal(0, await page.Locator("#search-offers a", new() { HasText = "岩手町の事業だけを見る" }).CountAsync());

        // Another filter with it: the line names both as filters, still without a query's syntax.
        await page.Locator("input[name=status][value=existing]").CheckAsync();
        var existing = expected.Count(url => Matches(Index.Documents.Single(d => d.Url == url), "status", "existing"));
        await WaitForStatus(page, $"絞り込み（既存事業、岩手町）の結果：{existing}件");
    }

    [Theory]
    [InlineData("すきー")]
    [InlineData("IT")]
    public async Task Hiragana_and_synonyms_find_what_the_generator_finds(string query)
    {
        var page = await Open("?q=" + Uri.EscapeDataString(query));
        var expected = Expected(query);
        Assert.NotEmpty(expected);
        await WaitForStatus(page, $"「{query}」の検索結果：{expected.Count}件");
        Assert.Equal(expected.Take(10), await Shown(page));
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0);
    }

    [Fact]
    public async Task A_typo_offers_the_nearest_words_as_links()
    {
        var page = await Open("?q=" + Uri.EscapeDataString("いんたんしぷ"));
        await WaitForStatus(page, "「いんたんしぷ」の検索結果：0件");
        var offered = SearchEngine.Suggest(Index, "いんたんしぷ");
        var links = page.Locator("#search-offers .search-suggestions a");
        Assert.Equal(offered, await links.AllTextContentsAsync());
        await links.First.ClickAsync();
        await WaitForStatus(page, $"「{offered[0]}」の検索結果：{Expected(offered[0]).Count}件");
        Assert.Contains("q=" + Uri.EscapeDataString(offered[0]), page.Url);
    }

    [Fact]
    public async Task More_results_come_ten_at_a_time()
    {
        var page = await Open("?q=" + Uri.EscapeDataString("事業"));
        var expected = Expected("事業");
        Assert.True(expected.Count > 20);
        Assert.Equal(10, await page.Locator("#search-results > li").CountAsync());
        await page.Locator("#search-more").ClickAsync();
        await Assertions.Expect(page.Locator("#search-results > li")).ToHaveCountAsync(20);
        Assert.Equal(expected.Take(20), await Shown(page));
        Assert.Equal(expected[10], await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')")); // focus on the first new result
    }

    [Fact]
    public async Task Without_javascript_every_project_is_listed_and_the_page_says_why()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("観光")));
        Assert.Equal(RealSite.Model.Projects.Count, await page.Locator("#search-results > li").CountAsync());
        var note = page.Locator("noscript p.note");
        Assert.True(await note.IsVisibleAsync());
        Assert.Contains("絞り込みには JavaScript が必要です", await note.InnerTextAsync(), StringComparison.Ordinal);
        var list = await page.Locator("#search-results").BoundingBoxAsync();
        Assert.True(list!.Width > 600, $"the list is {list.Width}px wide"); // it takes the filters' place too
        Assert.False(await page.Locator("[data-search-filters]").IsVisibleAsync());

        // The header box of any page still leads there, as a plain GET form.
        await page.GotoAsync(site.Url("fields/tourism/"));
        await page.Locator("#site-search-q").FillAsync("観光");
        await page.Locator("#site-search-q").PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=*");
        Assert.Equal("観光", HttpUtility.ParseQueryString(new Uri(page.Url).Query)["q"]);
    }

    [Fact]
    public async Task Everything_works_from_the_keyboard()
    {
        var page = await Open();
        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.TypeAsync("観光");
        await page.Keyboard.PressAsync("Enter");
        await WaitForStatus(page, $"「観光」の検索結果：{Expected("観光").Count}件");
        Assert.EndsWith("/search/?q=" + Uri.EscapeDataString("観光"), page.Url);

        // Tab goes on to the search button, the filters' summary, then the first box: Space checks it.
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("existing", await page.EvaluateAsync<string>("() => document.activeElement.value"));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync($"既存事業）の検索結果：{Expected("観光", d => Matches(d, "status", "existing")).Count}件");
    }

    [Fact]
    public async Task The_enter_that_confirms_an_ime_conversion_sends_nothing_and_typing_waits_for_the_conversion()
    {
        var page = await Open();
        var input = page.Locator("#search-q");
        await input.FocusAsync();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object> { ["text"] = "かんこう", ["selectionStart"] = 4, ["selectionEnd"] = 4 });
        Assert.Equal("かんこう", await input.InputValueAsync());
        var prevented = await page.EvaluateAsync<bool>("""
            () => {
              const e = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true });
              document.getElementById('search-q').dispatchEvent(e);
              return e.defaultPrevented;
            }
            """);
        Assert.True(prevented);
        await page.WaitForTimeoutAsync(300);
        Assert.Equal("全107件", await StatusAsync(page)); // nothing searched while composing
        Assert.DoesNotContain("?", page.Url);

        await cdp.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = "観光" });
        await WaitForStatus(page, $"「観光」の検索結果：{Expected("観光").Count}件");

        // The header box of every other page guards its Enter the same way.
        await page.GotoAsync(site.Url("projects/p001/"));
        Assert.True(await page.EvaluateAsync<bool>("""
            () => {
              const e = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true });
              document.getElementById('site-search-q').dispatchEvent(e);
              return e.defaultPrevented;
            }
            """));
    }

    [Fact]
    public async Task The_count_is_a_live_region_and_the_page_in_use_has_no_axe_violation()
    {
        var page = await Open("?q=" + Uri.EscapeDataString("滝沢 観光") + "&status=planned");
        Assert.Equal("status", await page.Locator("#search-status").GetAttributeAsync("role"));
        await Assertions.Expect(page.Locator("#search-offers button")).ToBeVisibleAsync();
        using var axe = new AxeCheck();
        var found = await axe.CheckAsync(page, "search/");
        Assert.True(found.Count == 0, string.Join('\n', found));

        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("存在しない語")));
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("0件");
        found = await axe.CheckAsync(page, "search/");
        Assert.True(found.Count == 0, string.Join('\n', found));

        // A town's name searched as a word, its filter offered as a link.
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("岩手")));
        await Assertions.Expect(page.Locator("#search-offers a", new() { HasText = "岩手町の事業だけを見る" })).ToBeVisibleAsync();
        found = await axe.CheckAsync(page, "search/");
        Assert.True(found.Count == 0, string.Join('\n', found));
    }
}

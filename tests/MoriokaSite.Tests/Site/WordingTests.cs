using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// What the built site says around the source's content: only what the source supports (candidates,
/// not the vision; no licence or publisher it does not name), as of the source's date, in one register.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed partial class WordingTests(BuiltSites sites)
{
    private IHtmlDocument Page(string path) => BuiltSites.Parse(Path.Combine(sites.RootBuild, path, "index.html"));

    private IEnumerable<(string File, IHtmlDocument Doc)> Pages() =>
        BuiltSites.HtmlFiles(sites.RootBuild).Select(f => (Path.GetRelativePath(sites.RootBuild, f), BuiltSites.Parse(f)));

    private static string Visible(IHtmlDocument doc) => doc.Body!.TextContent;

    [Fact]
    public void No_page_claims_what_the_source_does_not_say()
    {
        foreach (var (file, doc) in Pages())
        {
            var text = Visible(doc) + doc.Title + doc.QuerySelector("meta[name=description]")?.GetAttribute("content");
            foreach (var claim in new[] { "CC BY", "参加しています", "連携して進める", "ビジョンの全", "盛岡広域連携中枢都市圏（" })
            {
                Assert.False(text.Contains(claim, StringComparison.Ordinal), $"{file} says 「{claim}」");
            }

            Assert.StartsWith("（仮称）盛岡広域連携中枢都市圏ビジョン", doc.QuerySelector(".site-name")!.TextContent.Trim());
        }
    }

    [Fact]
    public void Candidate_projects_are_called_candidates_as_of_the_source_s_date()
    {
        foreach (var path in new[] { "", "projects", "fields/tourism", "towns/kuzumaki", "projects/p001" })
        {
            var main = Page(path).QuerySelector("main")!.TextContent;
            Assert.Contains("平成27年11月24日時点で都市圏ビジョンへの位置付けを想定する事業（候補）", main);
        }

        Assert.Contains("関係市町に葛巻町が含まれる事業は", Page("towns/kuzumaki").QuerySelector(".lead")!.TextContent);
        Assert.DoesNotContain("現在、", Page("").QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public void The_home_page_explains_how_it_counts_cross_listed_projects_because_the_region_has_them()
    {
        var home = Page("");
        Assert.Equal("3つの政策の柱と17の分野", home.QuerySelector("#pillars")!.TextContent.Trim());
        Assert.Equal("分野別・区分別の事業数（再掲の事業は本来の分野で1回だけ数えています）", home.QuerySelector(".summary-table caption")!.TextContent.Trim());
    }

    [Fact]
    public void The_site_s_own_sentences_use_desu_masu()
    {
        foreach (var path in new[] { "", "schedule" })
        {
            var paragraphs = Page(path).QuerySelectorAll(".prose > p").Select(p => p.TextContent.Trim()).ToList();
            Assert.NotEmpty(paragraphs);
            Assert.All(paragraphs, p => Assert.False(p.EndsWith("である。", StringComparison.Ordinal), p));
            Assert.All(paragraphs, p => Assert.Matches("(す|ません)。$", p));
        }
    }

    [Fact]
    public void Labels_after_japanese_take_a_full_width_colon()
    {
        foreach (var (file, doc) in Pages())
        {
            var match = HalfWidthColonAfterJapanese().Match(Visible(doc));
            Assert.False(match.Success, $"{file}: 「{match.Value}」");
        }

        Assert.Equal("よみ：しずくいしちょう", Page("towns/shizukuishi").QuerySelector(".town-reading")!.TextContent);
        Assert.StartsWith("出典：", Page("").QuerySelector(".site-footer .source")!.TextContent);
    }

    [Fact]
    public void Projects_are_counted_as_N_jigyou_and_an_empty_group_says_nashi_once()
    {
        foreach (var (file, doc) in Pages())
        {
            var text = Visible(doc);
            Assert.False(OldCounter().IsMatch(text), $"{file}: 「{OldCounter().Match(text).Value}」");
            if (file != Path.Combine("search", "index.html"))
            {
                Assert.False(SearchCounter().IsMatch(text), $"{file}: 件 is for search results only");
            }

            Assert.DoesNotContain("（0事業）", text);
            Assert.DoesNotContain("タグ", text);
        }

        var empty = Page("fields/economic-strategy").QuerySelectorAll(".status-group").First();
        Assert.Equal("既存事業", empty.QuerySelector("h3")!.TextContent);
        Assert.Equal("なし", empty.QuerySelector("p")!.TextContent);
        Assert.Contains("全事業（107事業）", Page("data").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_agreement_is_a_draft_in_the_navigation_and_is_quoted_as_written()
    {
        var agreement = Page("agreement");
        Assert.Contains("連携協約（案）", agreement.QuerySelectorAll(".main-nav a").Select(a => a.TextContent));
        Assert.Contains("産学官民一体となった経済戦略の策定", agreement.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("産学金官民", agreement.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("産学金官民", Page("towns/shiwa/agreement").QuerySelector("main")!.TextContent);

        // Elsewhere the field keeps its one name.
        Assert.StartsWith("産学金官民", Page("fields/economic-strategy").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Titles_carry_no_kind_suffix_and_the_long_field_has_a_short_display_name()
    {
        foreach (var (file, doc) in Pages())
        {
            Assert.DoesNotContain("（事業）", doc.Title);
            Assert.DoesNotContain("（分野）", doc.Title);
        }

        var field = Page("fields/other-networks");
        Assert.Equal("その他の結びつきやネットワークの強化", field.QuerySelector("h1")!.TextContent);
        Assert.Contains("上記に掲げるもののほか、結びつきやネットワークの強化に係る分野", field.QuerySelector(".official-name")!.TextContent);
        var filter = Page("search").QuerySelector("input[name=field][value=other-networks]")!;
        Assert.Equal("その他の結びつきやネットワークの強化", filter.GetAttribute("data-label"));
        Assert.DoesNotContain(Pages(), p => p.Doc.QuerySelector("h1")!.TextContent.StartsWith("上記に掲げる", StringComparison.Ordinal));
    }

    [Fact]
    public void The_biko_key_is_shown_wherever_the_labels_appear()
    {
        foreach (var path in new[] { "fields/tourism", "towns/takizawa", "projects", "search" })
        {
            var legend = Page(path).QuerySelector(".tag-legend");
            Assert.NotNull(legend);
            Assert.Contains("◎備考欄の見方", legend.TextContent);
            Assert.Contains("盛岡広域首長懇談会専門部会で検討している事業", legend.TextContent);
        }

        Assert.Empty(Page("fields/tourism").QuerySelectorAll(".label-tag[title]"));
    }

    [Fact]
    public void The_schedule_gives_each_month_its_year()
    {
        var months = Page("schedule").QuerySelectorAll("tbody tr > td:first-child").Select(c => c.TextContent).ToList();
        Assert.Equal(["平成27年11月", "平成27年11～12月", "平成28年1月", "平成28年2月", "平成28年3月"], months);
    }

    [Fact]
    public void Names_read_as_the_site_writes_them()
    {
        Assert.StartsWith("（仮称）食産業", Page("projects/p020").QuerySelector("h1")!.TextContent);
        Assert.StartsWith("（仮称）複合交通", Page("projects/p065").QuerySelector("h1")!.TextContent);
        foreach (var id in new[] { "p045", "p048", "p049" })
        {
            Assert.Contains("本市（盛岡市）", Page($"projects/{id}").QuerySelector(".project-summary")!.TextContent);
        }
    }

    [Fact]
    public void Every_page_says_whom_to_ask_and_invents_no_phone_or_e_mail()
    {
        foreach (var (file, doc) in Pages())
        {
            var contact = doc.QuerySelector(".site-footer .contact");
            Assert.True(contact is not null, file);
            Assert.Contains("問い合わせ先：盛岡市 市長公室", contact.TextContent);
            Assert.Contains("電話番号とメールアドレスはまだ掲載していません", contact.TextContent);
            Assert.Null(doc.QuerySelector("a[href^='tel:'], a[href^='mailto:']"));
        }
    }

    // A Japanese character (kana, kanji, or a closing bracket) followed by an ASCII colon.
    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}）」]: ?")]
    private static partial Regex HalfWidthColonAfterJapanese();

    [GeneratedRegex(@"\d+の(連携)?事業")]
    private static partial Regex OldCounter();

    [GeneratedRegex(@"\d+件")]
    private static partial Regex SearchCounter();
}

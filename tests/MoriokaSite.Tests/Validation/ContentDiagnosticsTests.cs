using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Validation;

/// <summary>Mistakes in Markdown front matter, site.json, the other CSV files and the theme.</summary>
public sealed class ContentDiagnosticsTests : SiteCopyTests
{
    private const string Tourism = "content/fields/tourism.md";

    [Fact]
    public void A_missing_data_file_is_named()
    {
        File.Delete(_site.PathOf("data/towns.csv"));
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS001", "data/towns.csv", 1, "市町の一覧 data/towns.csvが見つかりません", "The list of towns data/towns.csv is missing");
        Assert.Contains("data/towns.csv", d.Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported()
    {
        File.WriteAllBytes(_site.PathOf("content/schedule.md"), [0x2D, 0x2D, 0x2D, 0x0A, 0x82, 0xA0, 0xFF, 0x0A]);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS002", "content/schedule.md", 1, "Shift_JIS でもない", "neither UTF-8 nor Shift_JIS");
    }

    [Fact]
    public void Broken_site_json_is_reported_at_its_line()
    {
        _site.Edit("site.json", text => text.Replace("\"language\": \"ja\",", "\"language\": \"ja\"", StringComparison.Ordinal));
        var line = _site.LineOf("site.json", "  \"baseUrl\"");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS010", "site.json", line, "JSON として読めません", "it is not valid JSON");
    }

    [Fact]
    public void A_missing_site_json_key_is_named()
    {
        _site.Edit("site.json", text => text.Replace("\"theme\": \"default\",", string.Empty, StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS011", "site.json", 1, "「theme」には空でない文字列", "\"theme\" must be a text that is not empty");
    }

    [Fact]
    public void A_base_url_without_its_final_slash_is_refused()
    {
        _site.Edit("site.json", text => text.Replace("\"baseUrl\": \"/\"", "\"baseUrl\": \"https://example.github.io/MoriokaSite\"", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS011", "site.json", 1, "「baseUrl」には「/」で終わる URL", "\"baseUrl\" must be a URL that ends in /");
    }

    [Fact]
    public void A_diagnostics_language_other_than_ja_or_en_is_refused()
    {
        _site.Edit("site.json", text => text.Replace("\"cname\": \"\"", "\"cname\": \"\", \"diagnosticsLanguage\": \"english\"", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS011", "site.json", 1, "「diagnosticsLanguage」にはja（日本語）か en（英語）", "\"diagnosticsLanguage\" must be ja (Japanese) or en (English)");
    }

    [Fact]
    public void An_area_under_an_unknown_pillar_is_reported()
    {
        var line = _site.LineOf("data/pillars.csv", "living,");
        _site.ReplaceLine("data/pillars.csv", line, "living,生活機能の強化,service,1");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS112", "data/pillars.csv", line, "上位の柱「service」はありません", "There is no parent pillar \"service\"");
    }

    [Fact]
    public void A_display_order_that_is_not_a_number_is_reported_and_full_width_digits_are_accepted()
    {
        var line = _site.LineOf("data/towns.csv", "yahaba,");
        _site.ReplaceLine("data/towns.csv", line, "yahaba,矢巾町,やはばちょう,町,八");
        var shiwa = _site.LineOf("data/towns.csv", "shiwa,");
        _site.ReplaceLine("data/towns.csv", shiwa, "shiwa,紫波町,しわちょう,町,７");
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS113", "data/towns.csv", line, "「表示順」の「八」は数ではありません", "\"八\" in \"表示順\" is not a number");
        Assert.Equal("yahaba,矢巾町,やはばちょう,町,".Length + 1, d.Location.Column);
    }

    [Fact]
    public void Front_matter_without_its_closing_line_is_reported()
    {
        _site.Edit(Tourism, text => text.Replace("order: 4\n---\n", "order: 4\n\n", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS201", Tourism, 1, "閉じられていません", "is not closed");
    }

    [Fact]
    public void Bad_yaml_is_reported_at_its_line()
    {
        _site.Edit(Tourism, text => text.Replace("title: 戦略的な観光施策", "title: 観光: 戦略", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS202", Tourism, 3, "値全体を引用符", "the value has a colon in it");
    }

    [Fact]
    public void An_unknown_front_matter_key_is_reported_at_its_line()
    {
        _site.Edit(Tourism, text => text.Replace("order: 4\n", "order: 4\ncolour: red\n", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS203", Tourism, 8, "キー「colour」は使えません", "The key \"colour\" cannot be used");
    }

    [Fact]
    public void A_missing_front_matter_key_is_named()
    {
        _site.Edit("content/schedule.md", text => text.Replace("description:", "summary:", StringComparison.Ordinal));
        var diagnostics = _site.Validate().Diagnostics;
        DiagnosticAssert.Single(diagnostics, "MS204", "content/schedule.md", 1, "設定欄に「description」がありません", "The settings block has no \"description\"");
        DiagnosticAssert.Single(diagnostics, "MS203", "content/schedule.md", 3, "キー「summary」は使えません", "The key \"summary\" cannot be used");
    }

    [Fact]
    public void A_page_without_front_matter_is_reported()
    {
        _site.Write("content/index.md", "# 盛岡広域圏\n");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS205", "content/index.md", 1, "設定欄がありません", "has no settings block");
    }

    [Fact]
    public void Two_fields_with_one_slug_are_reported()
    {
        _site.Write("content/fields/tourism-copy.md", _site.Read(Tourism));
        var diagnostics = _site.Validate().Diagnostics;
        DiagnosticAssert.Single(diagnostics, "MS206", "content/fields/tourism.md", 2, "slug「tourism」は content/fields/tourism-copy.md でも", "\"tourism\" is also used in content/fields/tourism-copy.md");
        DiagnosticAssert.Single(diagnostics, "MS209", "content/fields/tourism-copy.md", 2, "ファイル名を「tourism.md」にするか", "Rename the file to \"tourism.md\"");
    }

    [Fact]
    public void An_unknown_pillar_lists_the_three()
    {
        _site.Edit(Tourism, text => text.Replace("pillar: economy", "pillar: economics", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS207", Tourism, 5, "economy、urban-functions、services", "Write one of: economy, urban-functions, services");
    }

    [Fact]
    public void A_field_without_one_of_the_four_sections_is_a_warning()
    {
        _site.Edit(Tourism, text => text.Replace("## 期待される効果", "## 効果", StringComparison.Ordinal));
        var (model, diagnostics) = _site.Validate();
        DiagnosticAssert.Single(diagnostics, "MS208", Tourism, 1, "見出し「## 期待される効果」がありません", "The heading \"## 期待される効果\" is missing", Severity.Warning);
        Assert.NotNull(model);
    }

    [Fact]
    public void An_area_of_another_pillar_is_reported()
    {
        _site.Edit(Tourism, text => text.Replace("area:", "area: living", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS210", Tourism, 6, "この柱「economy」の下位区分ではありません", "does not belong to the pillar \"economy\"");
    }

    [Fact]
    public void A_field_of_the_third_pillar_needs_its_area()
    {
        const string path = "content/fields/welfare.md";
        _site.Edit(path, text => text.Replace("area: living", "area:", StringComparison.Ordinal));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS211", path, 5, "area（下位区分）が必要です", "needs an area");
    }

    [Fact]
    public async Task A_missing_template_is_named()
    {
        File.Delete(_site.PathOf("themes/default/layouts/Town.cshtml"));
        var result = await CheckAsync();
        DiagnosticAssert.Single(result.Diagnostics, "MS301", "themes/default/layouts/Town.cshtml", 1, "「Town.cshtml」が見つかりません", "\"Town.cshtml\" is missing");
    }

    [Fact]
    public async Task A_template_that_does_not_compile_is_a_diagnostic_not_a_crash()
    {
        _site.Edit("themes/default/layouts/NotFound.cshtml", text => text + "\n@Model.NoSuchProperty\n");
        var result = await CheckAsync();
        var line = _site.Read("themes/default/layouts/NotFound.cshtml").Split('\n').ToList().FindIndex(l => l.Contains("NoSuchProperty")) + 1;
        var d = DiagnosticAssert.Single(result.Diagnostics, "MS302", "themes/default/layouts/NotFound.cshtml", line, "テンプレートを組み立てられません", "The template cannot be compiled");
        Assert.Contains("NoSuchProperty", d.Message);
    }
}

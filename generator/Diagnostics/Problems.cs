namespace MoriokaSite.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report: its code and its message, in one place.
/// Each message says what is wrong and how to fix it, for staff who are not programmers.
/// </summary>
public static class Problems
{
    // Files and site.json: MS0xx
    public static Problem FileMissing(string what) =>
        new("MS001", $"{what}が見つかりません。ファイルを元の場所に戻してください。");

    public static Problem FileUnreadable(string detail) =>
        new("MS002", $"ファイルを読めません（{detail}）。Excel なら「CSV UTF-8（コンマ区切り）」で保存し直してください。");

    public static Problem SiteJsonInvalid(string detail) =>
        new("MS010", $"site.json の書き方が正しくありません（{detail}）。カンマや引用符の過不足を確かめてください。");

    public static Problem SiteJsonValue(string key, string expected) =>
        new("MS011", $"site.json の「{key}」には{expected}を書いてください。");

    // CSV data: MS1xx
    public static Problem ColumnMissing(string column, IEnumerable<string> expected) =>
        new("MS101", $"列「{column}」がありません。1行目（見出し）は「{string.Join(",", expected)}」にしてください。");

    public static Problem ValueRequired(string column) =>
        new("MS102", $"「{column}」が空です。値を入力してください。");

    public static Problem DuplicateId(string id, int firstLine) =>
        new("MS103", $"ID「{id}」は{firstLine}行目でも使われています。ID は重複できません。新しい ID を付けてください（使い終えた ID も再利用しません）。");

    public static Problem IdFormat(string id, string expected) =>
        new("MS104", $"ID「{id}」の形式が正しくありません。{expected}の形で書いてください。");

    public static Problem UnknownField(string value, IEnumerable<string> valid) =>
        new("MS105", $"分野「{value}」はありません。次のいずれかを書いてください: {string.Join("、", valid)}");

    public static Problem UnknownStatus(string value, IEnumerable<string> valid) =>
        new("MS106", $"区分「{value}」はありません。{string.Join("・", valid)} のいずれかを書いてください。");

    public static Problem UnknownTown(string value, string? suggestion, IEnumerable<string> valid) =>
        new("MS107", suggestion is null
            ? $"市町「{value}」はありません。{string.Join("、", valid)}、または全市町なら「8市町」と書いてください。"
            : $"市町「{value}」はありません。もしかして: {suggestion}");

    public static Problem UnknownTag(string value, IEnumerable<string> valid) =>
        new("MS108", $"タグ「{value}」はありません。{string.Join("・", valid)} のいずれかを「、」で区切って書いてください。");

    public static Problem CrossListedInOwnField(string field) =>
        new("MS109", $"再掲分野「{field}」はこの事業の分野そのものです。再掲分野には別の分野を書くか、空にしてください。");

    public static Problem DuplicateTown(string town) =>
        new("MS110", $"市町「{town}」が2回書かれています。1回だけにしてください。");

    public static Problem ExtraCells(int expected) =>
        new("MS111", $"この行には見出しより多い値があります（見出しは{expected}列）。区切りのカンマが余分でないか確かめてください。");

    public static Problem UnknownParent(string value, IEnumerable<string> valid) =>
        new("MS112", $"上位の柱「{value}」はありません。{string.Join("、", valid)} のいずれかを書くか、空にしてください。");

    public static Problem NotANumber(string column, string value) =>
        new("MS113", $"「{column}」の「{value}」は数ではありません。1、2、3 のような整数を書いてください。");

    public static Problem CsvSyntax(string detail) =>
        new("MS114", $"CSV として読めません（{detail}）。引用符 \" の閉じ忘れがないか確かめてください。");

    public static Problem NoTowns() =>
        new("MS115", "関係市町が空です。参加する市町名か、全市町なら「8市町」と書いてください。");

    public static Problem BadDate(string column, string value) =>
        new("MS116", $"「{column}」の「{value}」は日付として読めません。2016-04-01 の形で書いてください。");

    public static Problem AccessibilityReportInvalid() =>
        new("MS117", "アクセシビリティ試験の結果を読めません。手で直さず、試験のコマンド（docs/accessibility.md）で作り直してください。");

    // Markdown content: MS2xx
    public static Problem FrontMatterUnclosed() =>
        new("MS201", "先頭の「---」で始まる設定欄が閉じられていません。設定欄の終わりに「---」だけの行を入れてください。");

    public static Problem FrontMatterSyntax(string detail) =>
        new("MS202", $"設定欄（YAML）の書き方が正しくありません（{detail}）。「キー: 値」の形で、コロンの後に半角スペースを入れてください。");

    public static Problem FrontMatterUnknownKey(string key, IEnumerable<string> valid) =>
        new("MS203", $"設定欄のキー「{key}」は使えません。使えるキー: {string.Join(", ", valid)}");

    public static Problem FrontMatterKeyMissing(string key) =>
        new("MS204", $"設定欄に「{key}」がありません。「{key}: 値」の行を加えてください。");

    public static Problem FrontMatterMissing(IEnumerable<string> keys) =>
        new("MS205", $"ファイルの先頭に設定欄がありません。「---」の行で挟んで {string.Join(", ", keys)} を書いてください。");

    public static Problem DuplicateFieldSlug(string slug, string otherPath) =>
        new("MS206", $"分野 slug「{slug}」は {otherPath} でも使われています。別の slug にしてください。");

    public static Problem UnknownPillar(string key, string value, IEnumerable<string> valid) =>
        new("MS207", $"{key}「{value}」はありません。次のいずれかを書いてください: {string.Join("、", valid)}");

    public static Problem SectionMissing(string heading) =>
        new("MS208", $"見出し「## {heading}」がありません。分野のページには 取組内容・盛岡市の役割・連携市町の役割・期待される効果 の4つの見出しを書いてください。");

    public static Problem SlugMismatch(string slug, string fileName) =>
        new("MS209", $"slug「{slug}」がファイル名「{fileName}」と違います。ファイル名を「{slug}.md」にするか、slug を直してください。");

    public static Problem AreaMismatch(string pillar) =>
        new("MS210", $"area はこの柱「{pillar}」の下位区分ではありません。柱の下位区分を書くか、空にしてください。");

    public static Problem AreaRequired(string pillar) =>
        new("MS211", $"柱「{pillar}」の分野には area（下位区分）が必要です。");

    // Theme: MS3xx
    public static Problem TemplateMissing(string name) =>
        new("MS301", $"テーマのテンプレート「{name}」が見つかりません。テーマのフォルダーを確かめてください。");

    public static Problem TemplateError(string detail) =>
        new("MS302", $"テンプレートを組み立てられません: {detail}");
}

namespace MoriokaSite.Diagnostics;

public static partial class Problems
{
    // Markdown content: MS2xx
    public static Problem FrontMatterUnclosed() => new(
        "MS201",
        "先頭の「---」で始まる設定欄が閉じられていません。設定欄の終わりに「---」だけの行を入れてください。",
        "The settings block that starts with \"---\" at the top is not closed. End it with a line of just \"---\".");

    public static Problem FrontMatterSyntax(Phrase detail) => new(
        "MS202",
        $"設定欄（YAML）の書き方が正しくありません（{detail.Japanese}）。「キー: 値」の形で、コロンの後に半角スペースを入れてください。",
        $"The settings block (YAML) is not written correctly ({detail.English}). Write \"key: value\", with a space after the colon.");

    public static Problem FrontMatterUnknownKey(string key, IEnumerable<string> valid) => new(
        "MS203",
        $"設定欄のキー「{key}」は使えません。使えるキー: {string.Join(", ", valid)}",
        $"The key \"{key}\" cannot be used in the settings block. Keys you can use: {string.Join(", ", valid)}");

    public static Problem FrontMatterKeyMissing(string key) => new(
        "MS204",
        $"設定欄に「{key}」がありません。「{key}: 値」の行を加えてください。",
        $"The settings block has no \"{key}\". Add a line \"{key}: value\".");

    public static Problem FrontMatterMissing(IEnumerable<string> keys) => new(
        "MS205",
        $"ファイルの先頭に設定欄がありません。「---」の行で挟んで {string.Join(", ", keys)} を書いてください。",
        $"The file has no settings block at the top. Write {string.Join(", ", keys)} between two lines of \"---\".");

    public static Problem DuplicateFieldSlug(string slug, string otherPath) => new(
        "MS206",
        $"分野 slug「{slug}」は {otherPath} でも使われています。別の slug にしてください。",
        $"The field slug \"{slug}\" is also used in {otherPath}. Choose another slug.");

    public static Problem UnknownPillar(string key, string value, IEnumerable<string> valid) => new(
        "MS207",
        $"{key}「{value}」はありません。次のいずれかを書いてください: {string.Join("、", valid)}",
        $"There is no {key} \"{value}\". Write one of: {string.Join(", ", valid)}");

    public static Problem SectionMissing(string heading, int having, int fields) => new(
        "MS208",
        $"見出し「## {heading}」がありません。分野のページ{fields}件のうち{having}件にあるので、書き忘れではないか確かめてください（ほかの分野と同じ見出しにすると、ページの形がそろいます）。",
        $"The heading \"## {heading}\" is missing. {having} of the {fields} field pages have it: check that it was not forgotten (with the same headings as the other fields, the pages share one shape).");

    public static Problem SlugMismatch(string slug, string fileName) => new(
        "MS209",
        $"slug「{slug}」がファイル名「{fileName}」と違います。ファイル名を「{slug}.md」にするか、slug を直してください。",
        $"The slug \"{slug}\" differs from the file name \"{fileName}\". Rename the file to \"{slug}.md\", or correct the slug.");

    public static Problem AreaMismatch(string pillar) => new(
        "MS210",
        $"area はこの柱「{pillar}」の下位区分ではありません。柱の下位区分を書くか、空にしてください。",
        $"This area does not belong to the pillar \"{pillar}\". Write one of that pillar's areas, or leave it empty.");

    public static Problem AreaRequired(string pillar) => new(
        "MS211",
        $"柱「{pillar}」の分野には area（下位区分）が必要です。「area: 」の行に、data/pillars.csv にあるこの柱の下位区分を書いてください。",
        $"A field of the pillar \"{pillar}\" needs an area. On the line \"area: \", write one of the pillar's areas from data/pillars.csv.");

    public static Problem HtmlRemoved(Phrase what) => new(
        "MS212",
        $"本文の {what.Japanese} は安全のため取り除きました（ページには出ません）。Markdown の書き方（見出し・箇条書き・強調・リンク・表）で書き直すか、消してください。",
        $"{what.English} in the text was removed for safety and does not appear on the page. Write it with Markdown (headings, lists, emphasis, links, tables) instead, or delete it.");

    public static Problem UnsafeUrlRemoved(string url) => new(
        "MS213",
        $"リンクや画像の URL「{Shortened(url)}」は安全のため取り除きました。使えるのは http://・https://・mailto:・tel: で始まる URL と、サイトの中のパス（例: /agreement/）だけです。URL を直してください。",
        $"The link or image URL \"{Shortened(url)}\" was removed for safety. Only URLs that start with http://, https://, mailto: or tel:, and paths within the site (for example /agreement/), can be used. Correct the URL.");

    public static Problem MarkdownTooDeep() => new(
        "MS214",
        "この行から先は、箇条書き・引用（>）・強調の入れ子が深すぎるか、表が大きすぎて、本文を読めません。行頭の「-」「>」や字下げを減らして、入れ子を浅くしてください。",
        "From this line on, the text cannot be read: lists, quotations (>) or emphasis are nested too deeply, or a table is too large. Make the nesting shallower, with fewer \"-\" or \">\" marks and less indentation at the start of lines.");

    public static Problem ParagraphTooLarge(int marks) => new(
        "MS215",
        $"この行から始まる段落は大きすぎて、本文を読めません。強調（** など）・リンクの括弧 [ などの記号が{marks}個あります（入れ子ではなくても、1つの段落に約1万個を超えると読めません）。空の行を入れて段落をいくつかに分けるか、記号を減らしてください。",
        $"The paragraph that starts on this line is too large for the text to be read: it has {marks} marks of emphasis (such as **), link brackets [ and the like (nested or not, one paragraph cannot have more than about ten thousand). Split it into several paragraphs with empty lines, or use fewer marks.");

    // A data: URL can run to pages; the start is enough to find it.
    private static string Shortened(string url) => url.Length <= 60 ? url : url[..59] + "…";

    public static Problem InvisibleCharacterInFrontMatter(string codePoint, string before) => before.Length == 0
        ? new(
            "MS220",
            $"設定欄のこの行の先頭に目に見えない制御文字（{codePoint}）があります。ほかの文書から貼り付けると入ることがあります。この行を消して、打ち直してください。",
            $"This line of the settings block starts with an invisible control character ({codePoint}). It often comes with text pasted from another document. Delete the line and type it again.")
        : new(
            "MS220",
            $"設定欄のこの行の「{before}」の後ろに目に見えない制御文字（{codePoint}）があります。ほかの文書から貼り付けると入ることがあります。この行を消して、打ち直してください。",
            $"This line of the settings block has an invisible control character ({codePoint}) after \"{before}\". It often comes with text pasted from another document. Delete the line and type it again.");

    public static Problem FrontMatterTooDeep(string key, int depth) => new(
        "MS221",
        $"設定欄の「{key}」の値が、{depth}段より深く入れ子になっています（括弧 [ {{ や、行頭の「- 」の重なり）。値は1行の文字です。値全体を引用符 \" で囲むか、括弧や「- 」を消してください。",
        $"The value of \"{key}\" in the settings block is nested more than {depth} levels deep (brackets [ or {{, or dashes -). A value is one line of text: put the whole value between double quotation marks, or remove the brackets or dashes.");

    public static Problem InvisibleCharacterInBody(string codePoint, string before) => before.Length == 0
        ? new(
            "MS222",
            $"本文のこの行の先頭に目に見えない制御文字（{codePoint}）があります。ほかの文書から貼り付けると入ることがあります。ページでは「�」になるか、消えてしまいます。この行の最初の文字を、前後の文字ごと消して打ち直してください。",
            $"This line of the text starts with an invisible control character ({codePoint}). It often comes with text pasted from another document; on the page it would become \"�\" or vanish. Delete the first characters of the line and type them again.")
        : new(
            "MS222",
            $"本文のこの行の「{before}」の後ろに目に見えない制御文字（{codePoint}）があります。ほかの文書から貼り付けると入ることがあります。ページでは「�」になるか、消えてしまいます。「{before}」の後ろを、前後の文字ごと消して打ち直してください。",
            $"This line of the text has an invisible control character ({codePoint}) after \"{before}\". It often comes with text pasted from another document; on the page it would become \"�\" or vanish. Delete the characters after \"{before}\" and type them again.");

    // The pages of content/: MS23x
    public static Problem PageNameTaken(string name, IEnumerable<string> taken) => new(
        "MS230",
        $"ページの名前「{name}」は、ジェネレーターが作るページ（/{name}/）と同じです。ファイル名（またはフォルダー名）を別の名前にしてください。ページの名前に使えないもの: {string.Join(", ", taken)}",
        $"The page name \"{name}\" is the place of a page the generator makes (/{name}/). Give the file (or its folder) another name. Names pages cannot have: {string.Join(", ", taken)}");

    public static Problem PageNameUnusable(string name) => new(
        "MS231",
        $"ファイル名（またはフォルダー名）の「{name}」は、ページのアドレスになるので使えません。半角の英小文字・数字・ハイフンだけの名前にしてください（例: content/access.md なら /access/）。",
        $"The file or folder name \"{name}\" becomes the page's address, so it cannot be used. Use only lower-case letters a-z, digits and hyphens (for example content/access.md for /access/).");

    public static Problem PageNameReserved(string name) => new(
        "MS231",
        $"ファイル名（またはフォルダー名）の「{name}」は Windows でファイルやフォルダーの名前に使えません（con・prn・aux・nul・com1〜com9・lpt1〜lpt9）。別の名前にしてください。",
        $"The file or folder name \"{name}\" cannot be the name of a file or folder on Windows (con, prn, aux, nul, com1 to com9, lpt1 to lpt9). Choose another name.");

    public static Problem PageTwice(string url, string otherPath) => new(
        "MS232",
        $"このファイルのページ {url} は {otherPath} のページでもあります。1つのページには1つのファイルだけにしてください。どちらかを消すか、名前を変えてください。",
        $"This file's page {url} is also the page of {otherPath}. A page has one file: delete one of them, or rename it.");

    public static Problem ValueNotOneOf(string key, string value, IEnumerable<string> valid) => new(
        "MS233",
        $"{key}「{value}」は使えません。次のいずれかを書いてください: {string.Join(", ", valid)}",
        $"The {key} \"{value}\" cannot be used. Write one of: {Quoted(valid)}");

    public static Problem LayoutElsewhere(string layout, string path) => new(
        "MS233",
        $"layout「{layout}」は {path} でだけ使えます（そのページのアドレスは公開の検査と決まっています）。このファイルでは layout の行を消すか、TextPage にしてください。",
        $"The layout \"{layout}\" can be used only in {path} (the publishing check knows that page's address). In this file, delete the layout line, or write TextPage.");

    public static Problem SecondPageOfLayout(string layout, string otherPath) => new(
        "MS234",
        $"layout「{layout}」のページは {otherPath} にもあります。このページは1つだけです。どちらかの layout の行を消してください。",
        $"{otherPath} also has the layout \"{layout}\": a site has one such page. Delete the layout line of one of them.");

    // Theme: MS3xx
    public static Problem TemplateMissing(string name) => new(
        "MS301",
        $"テーマのテンプレート「{name}」が見つかりません。テーマのフォルダーを確かめてください。",
        $"The theme's template \"{name}\" is missing. Check the theme's folder.");

    public static Problem TemplateError(string detail) => new(
        "MS302",
        $"テンプレートを組み立てられません: {detail}",
        $"The template cannot be compiled: {detail}");

    public static Problem TemplateFailed(string page, string detail) => new(
        "MS303",
        $"ページ {page} を作る途中で、テンプレートのこの行で誤りが起きました: {detail}。値が空（null）の場合などを確かめて、テンプレートを直してください（担当の技術者に連絡してください）。",
        $"The template failed at this line while making the page \"{page}\": {detail}. Check for a value that can be missing (null) and correct the template (ask the theme's maintainer).");

    public static Problem PartialMissing(string name, IEnumerable<string> available) => new(
        "MS304",
        $"このテンプレートが読み込もうとしているテンプレート「{name}」がありません。名前を確かめてください。テーマにあるテンプレート: {string.Join(", ", available)}",
        $"This template includes the template \"{name}\", which the theme does not have. Check the name. The theme's templates: {Quoted(available)}");

    public static Problem ThemeStringMissing(string key) => new(
        "MS305",
        $"テーマの文言のファイルに「{key}」がありません。ページの文言に要るので、「\"{key}\": \"文言\"」の行を加えてください（元のテーマの strings.json を手本にしてください）。",
        $"The theme's wording file has no \"{key}\": the pages need it. Add a line \"{key}\": \"text\" (the original theme's strings.json shows one).");

    public static Problem ThemeStringPlaceholder(string key, string placeholder, IEnumerable<string> valid) => new(
        "MS306",
        $"「{key}」の文言の「{placeholder}」には入れる値がありません。この文言で使えるのは {string.Join(" ", valid.Select(v => "{" + v + "}"))} です。綴りを直すか、消してください。",
        $"The text of \"{key}\" has the placeholder \"{placeholder}\", which has no value to fill it. This text may use {Quoted(valid.Select(v => "{" + v + "}"))}. Correct its spelling, or remove it.");

    public static Problem ThemeStringsInvalid(Phrase detail) => new(
        "MS307",
        $"文言のファイルの書き方が正しくありません（{detail.Japanese}）。カンマや引用符の過不足を確かめてください。",
        $"The wording file is not written correctly ({detail.English}). Check for missing or extra commas and quotation marks.");

    public static Problem ThemeStringUnknown(string key, string? nearest) => new(
        "MS308",
        $"文言のキー「{key}」はありません。{(nearest is null ? string.Empty : $"もしかして: {nearest}。")}キーはテーマの strings.json にあるものだけが使えます（綴りを確かめてください。要らない行なら消してください）。",
        $"There is no wording key \"{key}\". {(nearest is null ? string.Empty : $"Did you mean \"{nearest}\"? ")}Only the keys of the theme's strings.json can be used: check the spelling, or delete the line if it is not needed.");

    public static Problem IncludeTooDeep(string template, IReadOnlyList<string> cycle, int max) => new(
        "MS309",
        $"テンプレート「{template}」のこの行で、テンプレートの読み込み（IncludeAsync）が{max}段を超えて重なりました（{string.Join(" → ", cycle)}）。テンプレートが自分自身を、またはほかのテンプレートを通して自分を読み込んでいないか確かめてください（担当の技術者に連絡してください）。",
        $"At this line of the template \"{template}\", templates including templates (IncludeAsync) went more than {max} levels deep ({string.Join(" → ", cycle.Select(c => $"\"{c}\""))}). Check that the template does not include itself, directly or through another template (ask the theme's maintainer).");
}

namespace MoriokaSite.Diagnostics;

public static partial class Problems
{
    /// <summary>Names longer than this are reported: the source's longest (a ski championship) has 61 characters.</summary>
    public const int LongNameLength = 80;

    /// <summary>
    /// The names of towns, tags, statuses and pillars longer than this are reported: Japan's longest town name
    /// has 7 characters, the source's longest pillar 18 and its status headings 9.
    /// </summary>
    public const int LongLabelLength = 40;

    // CSV data: MS1xx
    public static Problem ColumnMissing(string column, IEnumerable<string> expected) => new(
        "MS101",
        $"列「{column}」がありません。1行目（見出し）は「{string.Join(",", expected)}」にしてください。",
        $"The column \"{column}\" is missing. Make the first row (the headings) \"{string.Join(",", expected)}\".");

    public static Problem HeaderMissing() => new(
        "MS101",
        "ファイルが空で、1行目（見出し）がありません。元のファイルから見出しの行を戻してください。",
        "The file is empty: the first row (the headings) is missing. Copy the heading row back from the original file.");

    public static Problem ValueRequired(string column) => new(
        "MS102",
        $"「{column}」が空です。値を入力してください。",
        $"\"{column}\" is empty. Enter a value.");

    /// <param name="firstRow">The row that has it first, as Excel numbers it.</param>
    public static Problem DuplicateId(string id, int firstRow) => new(
        "MS103",
        $"ID「{id}」は{firstRow}行目でも使われています。ID は重複できません。新しい ID を付けてください（使い終えた ID も再利用しません）。",
        $"The ID \"{id}\" is also used in row {firstRow}. IDs must be unique: give this row a new ID (an ID that is no longer used is never reused either).");

    public static Problem IdFormat(string id, string example) => new(
        "MS104",
        $"ID「{id}」の形式が正しくありません。半角の英小文字・数字・ハイフンで書いてください（例: {example}）。",
        $"The ID \"{id}\" is not valid. Use only lower-case letters a-z, digits and hyphens (for example {example}).");

    /// <summary>The region's own fields, by ID: a message names them all, since the list is the site's, not the guide's.</summary>
    private static Phrase FieldList(IEnumerable<string> fields) => new(
        $"分野の ID（content/fields/ のファイル名）か名前を書いてください。分野の ID: {string.Join("、", fields)}",
        $"Write a field's ID (its file's name in content/fields/) or its name. The fields' IDs: {Quoted(fields)}");

    /// <param name="nearest">The few fields nearest to the value by ID or name; none when nothing is near.</param>
    /// <param name="fields">Every field's ID, in the site's order.</param>
    public static Problem UnknownField(string value, IReadOnlyList<(string Slug, string Title)> nearest, IEnumerable<string> fields) => nearest.Count == 0
        ? new(
            "MS105",
            $"分野「{value}」はありません。{FieldList(fields).Japanese}",
            $"There is no field \"{value}\". {FieldList(fields).English}")
        : new(
            "MS105",
            $"分野「{value}」はありません。もしかして: {string.Join("、", nearest.Select(f => $"{f.Slug}（{f.Title}）"))}。{FieldList(fields).Japanese}",
            $"There is no field \"{value}\". Did you mean {Either(nearest.Select(f => $"{f.Slug} (\"{f.Title}\")"))}? {FieldList(fields).English}");

    public static Problem UnknownStatus(string value, IEnumerable<string> valid, IReadOnlyList<string> nearest) => new(
        "MS106",
        $"区分「{value}」はありません。{Perhaps(nearest)}{string.Join("・", valid)} のいずれかを書いてください。",
        $"The status (column \"区分\") \"{value}\" is unknown. {DidYouMean(nearest)}Write one of {Quoted(valid)}.");

    /// <param name="kinds">市町, or 市町村 in a region with a village: what the region's towns are called.</param>
    public static Problem UnknownTown(string value, string? suggestion, IEnumerable<string> valid, string allTowns, string kinds) => suggestion is null
        ? new(
            "MS107",
            $"{kinds}「{value}」はありません。{string.Join("、", valid)}、またはすべてなら「{allTowns}」と書いてください。",
            $"The town \"{value}\" is unknown. Write one of {Quoted(valid)}, or \"{allTowns}\" for all of them.")
        : new(
            "MS107",
            $"{kinds}「{value}」はありません。もしかして: {suggestion}",
            $"The town \"{value}\" is unknown. Did you mean \"{suggestion}\"?");

    public static Problem UnknownTag(string value, IEnumerable<string> valid, IReadOnlyList<string> nearest) => new(
        "MS108",
        $"タグ「{value}」はありません。{Perhaps(nearest)}{string.Join("・", valid)} のいずれかを「、」で区切って書いてください（タグの一覧は data/tags.csv）。",
        $"The tag \"{value}\" is unknown. {DidYouMean(nearest)}Write any of {Quoted(valid)}, separated by \"、\" (the tags are listed in data/tags.csv).");

    public static Problem CrossListedInOwnField(string field) => new(
        "MS109",
        $"再掲分野「{field}」はこの事業の分野そのものです。再掲分野には別の分野を書くか、空にしてください。",
        $"The cross-listing (column \"再掲分野\") \"{field}\" is this project's own field. Write another field there, or leave it empty.");

    public static Problem DuplicateTown(string town, string kinds) => new(
        "MS110",
        $"{kinds}「{town}」が2回書かれています。1回だけにしてください。",
        $"The town \"{town}\" is written twice. Write it once.");

    public static Problem ExtraCells(int expected) => new(
        "MS111",
        $"この行には見出しより多い値があります（見出しは{expected}列）。区切りのカンマが余分でないか確かめてください。",
        $"This row has more values than there are headings ({expected} columns). Check for an extra separating comma.");

    /// <summary>A date typed past the last heading: the optional date column added without its heading.</summary>
    public static Problem DateWithoutHeading(int expected, string value, string heading, string column) => new(
        "MS111",
        $"この行には見出しより多い値があります（見出しは{expected}列）。「{value}」は日付のようです。「{heading}」の列を使うときは、1行目（見出し）の{column}列に「{heading}」と書き加えてください（手引き docs/editing.md の「{heading}の列を加える」）。",
        $"This row has more values than there are headings ({expected} columns). \"{value}\" looks like a date: to use the optional column \"{heading}\", write \"{heading}\" in column {column} of the first row (the headings); see \"{heading}の列を加える\" in the guide, docs/editing.md.");

    public static Problem UnknownParent(string value, IEnumerable<string> valid) => new(
        "MS112",
        $"上位の柱「{value}」はありません。{string.Join("、", valid)} のいずれかを書くか、空にしてください。",
        $"There is no parent pillar \"{value}\". Write one of {Quoted(valid)}, or leave it empty.");

    public static Problem NotANumber(string column, string value) => new(
        "MS113",
        $"「{column}」の「{value}」は数ではありません。1、2、3 のような整数を書いてください。",
        $"\"{value}\" in \"{column}\" is not a number. Write a whole number such as 1, 2 or 3.");

    public static Problem CsvSyntax() => new(
        "MS114",
        "CSV として読めません（引用符 \" の対応が取れていません）。この行から、引用符 \" の閉じ忘れや、セルの途中の余分な \" がないか確かめてください。",
        "The file cannot be read as CSV: a quotation mark is not matched. From this row on, check for a quotation mark that is opened and never closed, or a stray one inside a cell.");

    public static Problem NoTowns(string allTowns, string kinds) => new(
        "MS115",
        $"関係{kinds}が空です。この事業はどの{kinds}のページにも載りません。参加する{kinds}名か、すべてなら「{allTowns}」と書いてください。",
        $"The towns (column \"関係市町\") are empty, so this project appears on no town's page. Write the towns taking part, or \"{allTowns}\" for all of them.");

    public static Problem BadDate(string column, string value) => new(
        "MS116",
        $"「{column}」の「{value}」は日付として読めません。2016-04-01 の形で書いてください。",
        $"\"{value}\" in \"{column}\" is not a date. Write it as 2016-04-01.");

    public static Problem AccessibilityReportInvalid() => new(
        "MS117",
        "アクセシビリティ試験の結果のファイルを読めません。手で作らず、公開前の検査（bash tools/publish-check.sh、docs/accessibility.md）に作らせてください。",
        "The accessibility test results cannot be read. Do not write them by hand: let the publishing check make them (bash tools/publish-check.sh, docs/accessibility.md).");

    public static Problem UncheckedForBrokenList(string list, string column, int count) => new(
        "MS125",
        $"{list} に誤りがあるため、ここから{count}か所の「{column}」は、まだ確かめていません。先に {list} の誤り（この前に表示）を直して、もう一度検査してください。",
        $"Because {list} has errors, {count} cells of \"{column}\" from here on are not checked yet. Fix {list} first (its errors are shown before this one), then check again.");

    /// <param name="words">The words as written (「8市町」, 「全市町」).</param>
    public static Problem AllTownsOfAnotherTime(IReadOnlyList<string> words, int cells, string allTowns, string townsFile) => new(
        "MS127",
        $"{string.Join("・", words.Select(w => $"「{w}」"))}は、{townsFile} の市町村が変わる前の「すべての市町村」です（いまは{allTowns}）。この{cells}か所は、そのときの市町村のままにするのが正しいので、「{allTowns}」には直さず、次のコマンドでそのときの市町村の名前に書き換えてください: dotnet run --project generator -- expand-towns（手引き docs/editing.md の「市町村が加わるとき・抜けるとき」）。",
        $"{string.Join(", ", words.Select(w => $"\"{w}\""))} meant all the towns before {townsFile} changed (there are \"{allTowns}\" now). {(cells == 1 ? "This cell" : $"These {cells} cells")} should keep the towns they had then: do not change them to \"{allTowns}\", but spell them out with: dotnet run --project generator -- expand-towns (see docs/editing.md, \"市町村が加わるとき・抜けるとき\").");

    public static Problem AllTownsNotFound(string word, string townsFile) => new(
        "MS128",
        $"「{word}」がどの市町村を指していたのか、{townsFile} のいまの版にも、これまでの版（git の履歴）にも見つかりません。この行の関係市町を、市町村の名前で書いてください。",
        $"Which towns \"{word}\" meant cannot be found, neither in {townsFile} as it is nor in its earlier versions (git's history). Write this row's towns by name.");

    public static Problem NoRows(Phrase what) => new(
        "MS126",
        $"{what.Japanese}が1行もありません（見出しの行だけです）。元のファイルから行を戻してください。",
        $"There is no row of {what.English}: only the heading row. Copy the rows back from the original file.");

    public static Problem AccessibilityReportOfOtherPages(int pages) => new(
        "MS124",
        $"このアクセシビリティ試験の結果（{pages}ページ）は、いま作ったページとは別のページを試験したものです。古い結果を載せないよう、書き出しませんでした。公開前の検査（bash tools/publish-check.sh）をもう一度実行してください。",
        $"These accessibility test results ({pages} pages) are of other pages than the ones just built. Nothing was written, so that no out-of-date results are published. Run the publishing check again (bash tools/publish-check.sh).");

    public static Problem SummaryEmpty() => new(
        "MS118",
        "事業概要が空です。事業のページには概要の代わりに「記載なし」と表示されます。事業の概要を書いてください。",
        "The summary (column \"事業概要\") is empty: the project's page shows \"記載なし\" (none given) instead. Write a summary of the project.");

    public static Problem NameTooLong(int length) => new(
        "MS119",
        $"事業名が{length}文字あります（{LongNameLength}文字を超える名前は一覧で読みにくくなります）。事業概要を事業名の列に貼り付けていないか確かめ、できれば短くしてください。",
        $"The project name (column \"事業名\") is {length} characters long (names over {LongNameLength} are hard to read in lists). Check that the summary was not pasted into the name, and shorten it if you can.");

    public static Problem LabelTooLong(string column, int length) => new(
        "MS129",
        $"「{column}」が{length}文字あります。{LongLabelLength}文字を超える名前は、見出し・一覧・地図にそのまま出て読めなくなります。ほかのセルの文字を貼り付けていないか確かめ、短くしてください。",
        $"\"{column}\" is {length} characters long. A name over {LongLabelLength} characters is printed as it is in headings, lists and the map, where it cannot be read. Check that another cell's text was not pasted into it, and shorten it.");

    public static Problem InvisibleCharacterInCell(string codePoint, string before) => before.Length == 0
        ? new(
            "MS120",
            $"セルの先頭に目に見えない制御文字（{codePoint}）があります。ほかの文書から貼り付けると入ることがあります。セルの文字を消して、打ち直してください。",
            $"The cell starts with an invisible control character ({codePoint}). It often comes with text pasted from another document. Delete the cell's text and type it again.")
        : new(
            "MS120",
            $"セルの「{before}」の後ろに目に見えない制御文字（{codePoint}）があります。ほかの文書から貼り付けると入ることがあります。セルの文字を消して、打ち直してください。",
            $"The cell has an invisible control character ({codePoint}) after \"{before}\". It often comes with text pasted from another document. Delete the cell's text and type it again.");

    public static Problem NoProjects() => new(
        "MS121",
        "事業が1件もありません（見出しの行だけです）。このままでは事業のないサイトが公開されます。元のファイルから事業の行を戻してください。",
        "There are no projects: the file has only its heading row, so the site would be published without any. Copy the project rows back from the original file.");

    public static Problem DuplicateTownName(string name, int firstRow, string kinds) => new(
        "MS122",
        $"{kinds}名「{name}」は{firstRow}行目でも使われています。{kinds}名は重複できません。名前を直すか、重なっている行を消してください。",
        $"The town name \"{name}\" is also used in row {firstRow}. Town names must be unique: correct the name, or delete the repeated row.");

    public static Problem ReservedId(string id) => new(
        "MS123",
        $"ID「{id}」は Windows でファイルやフォルダーの名前に使えません（con・prn・aux・nul・com1〜com9・lpt1〜lpt9）。このままでは Windows でこのリポジトリを取り出せなくなります。別の ID にしてください。",
        $"The ID \"{id}\" cannot be the name of a file or folder on Windows (con, prn, aux, nul, com1 to com9, lpt1 to lpt9): the repository could not be checked out there. Choose another ID.");
}

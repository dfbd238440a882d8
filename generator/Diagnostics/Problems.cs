namespace MoriokaSite.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report: its code and its message in Japanese and English,
/// in one place (this class's files, one per range of codes). Each message says what is wrong and
/// how to fix it, for staff who are not programmers. Codes never change meaning: staff guides
/// (docs/editing.md) and CI logs refer to them.
/// </summary>
/// <remarks>
/// English messages quote every value from the files ("雫石") so that a reader sees at once which
/// Japanese is the data and which would be an untranslated explanation.
/// </remarks>
public static partial class Problems
{
    // Files and site.json: MS0xx
    public static Problem FileMissing(Phrase what) => new(
        "MS001",
        $"{what.Japanese}が見つかりません。ファイルを元の場所に戻してください。",
        $"{what.English} is missing. Put the file back where it belongs.");

    public static Problem FileUnreadable() => new(
        "MS002",
        "ファイルを読めません（UTF-8 でも Shift_JIS でもない文字があります）。Excel なら「CSV UTF-8（コンマ区切り）」で保存し直してください。",
        "The file cannot be read: it has characters that are neither UTF-8 nor Shift_JIS. In Excel, save it again as \"CSV UTF-8 (Comma delimited)\".");

    public static Problem Utf8Broken() => new(
        "MS002",
        "ここに UTF-8 として正しくないバイトがあります（ほかの部分は UTF-8 なので、Shift_JIS として読み直すことはしません）。この位置の文字を入力し直し、UTF-8 で保存し直してください。",
        "There is a byte here that is not valid UTF-8; the rest of the file is UTF-8, so it is not re-read as Shift_JIS. Type the character at this place again, and save the file as UTF-8.");

    public static Problem SavedAsShiftJis() => new(
        "MS003",
        "このファイルは Shift_JIS で保存されています。サイトには正しく載りますが、GitHub では中身も変更点も読めないため、公開前に確かめてもらえません。Excel なら「ファイル」→「名前を付けて保存」で、ファイルの種類に「CSV UTF-8（コンマ区切り）(*.csv)」を選んで保存し直してください（メモ帳などでは、文字コードに「UTF-8」を選びます）。",
        "This file is saved as Shift_JIS. The site shows it correctly, but GitHub can show neither its text nor what changed, so nobody can review it before it is published. In Excel, use File → Save As and choose \"CSV UTF-8 (Comma delimited) (*.csv)\" (in Notepad and the like, choose the encoding \"UTF-8\").");

    public static Problem TemplateNotUtf8() => new(
        "MS002",
        "ここに UTF-8 として正しくないバイトがあります。テーマのテンプレートは UTF-8 で保存してください（このままでは、ページに「�」が出ます）。この位置の文字を入力し直してください（担当の技術者に連絡してください）。",
        "There is a byte here that is not valid UTF-8. Save the theme's templates as UTF-8: as it is, the pages would show \"�\". Type the character at this place again (ask the theme's maintainer).");

    // Links and files that cannot be opened: MS020-MS029
    public static Problem LinkOutsideSite(string target) => new(
        "MS020",
        $"このファイル（またはその上のフォルダー）は、サイトのフォルダーの外の「{target}」を指すリンクです。外のファイルは読み込みも公開もしません。リンクをやめて、ファイルそのものをサイトのフォルダーの中に置いてください。",
        $"This file, or a folder above it, is a link to \"{target}\", outside the site's folder: files outside are never read or published. Put the file itself inside the site's folder instead of a link.");

    public static Problem LinkBroken(string target) => new(
        "MS021",
        $"このリンクの先「{target}」がありません。リンクを消すか、リンク先のファイルを元に戻してください。",
        $"This link points to \"{target}\", which does not exist. Remove the link, or put back the file it points to.");

    public static Problem LinkLoop() => new(
        "MS021",
        "このリンクは、たどるとまた自分（または途中のリンク）に戻ってきて、先にファイルがありません（リンクの輪）。リンクを消して、ファイルそのものを置いてください。",
        "This link leads back to itself, or to a link on its way, so no file is ever reached (a loop of links). Remove the link and put the file itself here.");

    public static Problem FileNotOpened(string reason) => new(
        "MS022",
        $"ファイルを開けません（{reason}）。ほかのプログラムが使っていないか、読み取りの権限があるか、普通のファイルかを確かめてください。",
        $"The file cannot be opened (\"{reason}\"). Check that no other program holds it, that it may be read, and that it is an ordinary file.");

    public static Problem FolderNotOpened(string reason) => new(
        "MS022",
        $"フォルダーを開けません（{reason}）。読み取りの権限があるかを確かめてください。このフォルダーの中のファイルは、どれも読んでいません。",
        $"The folder cannot be opened (\"{reason}\"). Check that it may be read. None of the files inside it has been read.");

    public static Problem NotAFile(Phrase kind) => new(
        "MS022",
        $"ここにあるのは普通のファイルではなく、{kind.Japanese}です。読もうとすると止まったり終わらなかったりするので、読みません。普通のファイルを置いてください。",
        $"This is not an ordinary file but {kind.English}. Reading it could wait or run for ever, so it is not read. Put an ordinary file here.");

    public static Problem NotAFileSkipped(Phrase kind) => new(
        "MS023",
        $"ここにあるのは普通のファイルではなく、{kind.Japanese}です。読もうとすると止まったり終わらなかったりするので、読まずに飛ばしました。要らなければ消してください。",
        $"This is not an ordinary file but {kind.English}. Reading it could wait or run for ever, so it was skipped. Delete it if it is not needed.");

    public static Problem SiteJsonInvalid(Phrase detail) => new(
        "MS010",
        $"site.json の書き方が正しくありません（{detail.Japanese}）。カンマや引用符の過不足を確かめてください。",
        $"site.json is not written correctly ({detail.English}). Check for missing or extra commas and quotation marks.");

    public static Problem SiteJsonValue(string key, Phrase expected) => new(
        "MS011",
        $"site.json の「{key}」には{expected.Japanese}を書いてください。",
        $"In site.json, \"{key}\" must be {expected.English}.");

    public static Problem SiteJsonTooLong(string key, int length, int max) => new(
        "MS011",
        $"site.json の「{key}」が{length}文字あります。{max}文字までにしてください（この値はどのページにも入るので、ほかの文書を貼り付けていないか確かめてください）。",
        $"In site.json, \"{key}\" has {length} characters: write {max} at most. The value goes into every page, so check that another document was not pasted into it.");

    public static Problem BaseUrlElsewhere(string value) => new(
        "MS012",
        $"site.json の「baseUrl」の「{value}」は使えません。「\\」や「//」、空白や改行があると、ブラウザーはページの部品を別のサイトから読み込みます。「/」か、「/」で終わる http(s) の URL（例: https://ORG.github.io/REPO/）を書いてください。",
        $"In site.json, the baseUrl \"{value}\" cannot be used: with a backslash, a \"//\", a space or a line break in it, browsers would load the pages' parts from another site. Write / or an http(s) URL that ends in / (for example https://ORG.github.io/REPO/).");

    public static Problem UrlNotWeb(string key, string value) => new(
        "MS013",
        $"site.json の「{key}」の「{value}」はリンクにできません。http:// か https:// で始まる URL（例: https://creativecommons.org/licenses/by/4.0/deed.ja）を書いてください。",
        $"In site.json, \"{key}\" is \"{value}\", which cannot be a link. Write a URL that starts with http:// or https:// (for example https://creativecommons.org/licenses/by/4.0/deed.ja).");

    public static Problem CnameNotHostName(string value) => new(
        "MS014",
        $"site.json の「cname」の「{value}」はドメイン名ではありません。ドメイン名だけを、半角の英数字・ハイフン・ドットで書いてください（例: vision.example.jp。https:// や / は付けません。日本語のドメイン名は xn-- で始まる形で）。独自ドメインを使わないときは \"\" にします。",
        $"In site.json, the cname \"{value}\" is not a domain name. Write only the domain name, in ASCII letters, digits, hyphens and dots (for example vision.example.jp, without https:// or /; a Japanese domain name in its xn-- form). Without a custom domain, write \"\".");

    public static Problem SiteJsonInvisibleCharacter(string key, string codePoint) => new(
        "MS015",
        $"site.json の「{key}」に目に見えない制御文字（{codePoint}）があります。ほかの文書から貼り付けると入ることがあります。この値を消して、打ち直してください。",
        $"In site.json, \"{key}\" has an invisible control character ({codePoint}). It often comes with text pasted from another document. Delete the value and type it again.");

    /// <summary>「もしかして: 計画。」 before the rest of a message, or nothing when nothing is near.</summary>
    private static string Perhaps(IReadOnlyList<string> nearest) => nearest.Count == 0 ? string.Empty : $"もしかして: {string.Join("、", nearest)}。";

    private static string DidYouMean(IReadOnlyList<string> nearest) => nearest.Count == 0 ? string.Empty : $"Did you mean {Either(nearest.Select(v => $"\"{v}\""))}? ";

    /// <summary>"a", "b" or "c": the English for a few alternatives.</summary>
    private static string Either(IEnumerable<string> values)
    {
        var list = values.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.SkipLast(1))} or {list[^1]}";
    }

    /// <summary>Each value quoted, for an English list of the values staff may type.</summary>
    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"\"{v}\""));
}

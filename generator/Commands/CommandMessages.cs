using MoriokaSite.Diagnostics;

namespace MoriokaSite.Commands;

/// <summary>What the commands say besides diagnostics, in both languages side by side.</summary>
public static class CommandMessages
{
    public static Phrase Summary(int errors, int warnings) => new(
        $"エラー {errors} 件、警告 {warnings} 件",
        $"{Count(errors, "error")}, {Count(warnings, "warning")}");

    public static readonly Phrase WithoutHost = new(
        "注意: 公開先の URL にホスト名がないため（--base-url も site.json の baseUrl も「/」で始まるパスです）、絶対 URL が要るもの（sitemap.xml、ページの og:url・og:image）は書き出していません。公開用には --base-url https://ORG.github.io/REPO/ を付けて構築してください。",
        "Note: the base URL names no host (neither --base-url nor site.json's baseUrl starts with https://), so what needs an absolute URL (sitemap.xml, the pages' og:url and og:image) was left out. To publish, build with --base-url https://ORG.github.io/REPO/.");

    public static readonly Phrase WithoutHistory = new(
        "注意: このフォルダーは git のリポジトリではない（または data/projects.csv がまだコミットされていない）ため、事業の変更の履歴は載せていません。",
        "Note: this folder is not a git repository (or data/projects.csv has never been committed), so the projects' history was left out.");

    public static readonly Phrase NotWritten = new(
        "サイトは書き出していません（前回の出力はそのままです）。上のエラーを直してから、もう一度実行してください。",
        "The site was not written (the previous output is unchanged). Fix the errors above, then run the command again.");

    public static Phrase Written(int pages, int files, string folder, string seconds) => new(
        $"{pages} ページ（全 {files} ファイル）を {folder}/ に書き出しました（{seconds} 秒）",
        $"Wrote {pages} pages ({files} files in all) to {folder}/ in {seconds} s");

    /// <param name="commit">The commit whose data/towns.csv listed those towns; null for the file as it is now.</param>
    public static Phrase TownsSpelledOut(string word, int cells, string towns, string? commit) => new(
        $"data/projects.csv の「{word}」{cells}か所を「{towns}」（{(commit is null ? "いまの data/towns.csv" : $"コミット {commit} の data/towns.csv")}の市町村）に書き換えました。",
        $"Rewrote {cells} cells of data/projects.csv that said \"{word}\" as \"{towns}\" (the towns of data/towns.csv {(commit is null ? "as it is now" : $"as of commit {commit}")}).");

    public static readonly Phrase TownsSpelledOutNext = new(
        "ほかのセルとバイトは変えていません。書き換えた市町村が正しいかを確かめてから、data/towns.csv を直して（まだなら）、検査（check）してください。",
        "No other cell or byte was changed. Check that the towns written are right, then change data/towns.csv (if not done yet) and run check.");

    public static readonly Phrase NoAllTownsWords = new(
        "data/projects.csv に「すべての市町村」と書いたセルはありませんでした。何も変えていません。",
        "No cell of data/projects.csv says \"all the towns\". Nothing was changed.");

    public static readonly Phrase NothingRewritten = new(
        "data/projects.csv は変えていません。上のエラーを直してから、もう一度実行してください。",
        "data/projects.csv was not changed. Fix the errors above, then run the command again.");

    public static readonly Phrase NoProblems = new("問題は見つかりませんでした。", "No problems found.");

    public static readonly Phrase OnlyWarnings = new(
        "エラーはありません。警告は公開を止めませんが、できれば直してください。",
        "No errors. Warnings do not stop publishing, but fix them when you can.");

    public static Phrase BadBaseUrl(string value) => new(
        $"--base-url「{value}」は使えません。「/」で終わる URL（例: https://ORG.github.io/REPO/）か「/」を指定してください。",
        $"--base-url \"{value}\" cannot be used. Give a URL that ends in / (for example https://ORG.github.io/REPO/), or just /.");

    // The output folder: refused before anything is touched (exit 2), or the operating system refused a write (exit 1).
    public static Phrase OutputRefused(string folder, Phrase why) => new(
        $"出力先「{folder}」には書き出しません。{why.Japanese}。何も変更していません。--output には、まだないフォルダー（例: _site）か、空のフォルダーか、前にこのコマンドで書き出したフォルダーを指定してください。",
        $"Will not write to the output \"{folder}\": {why.English}. Nothing was changed. Give --output a folder that does not exist yet (for example _site), an empty folder, or one this command wrote before.");

    public static readonly Phrase HoldsTheSite = new(
        "ここにはサイトの原稿（site.json・content・data・themes）があり、書き出すと消えてしまいます",
        "it holds the site itself (site.json, content, data, themes), which a build would delete");

    public static readonly Phrase InsideSources = new(
        "content・data・themes はサイトの原稿のフォルダーで、書き出すと原稿が消えてしまいます",
        "content, data and themes hold the site's sources, which a build would delete");

    public static readonly Phrase InsideGit = new(
        ".git はリポジトリの履歴で、書き出すと履歴が消えてしまいます",
        ".git holds the repository's history, which a build would delete");

    public static readonly Phrase IsAFile = new("フォルダーではなく、ファイルです", "it is a file, not a folder");

    public static readonly Phrase NotABuild = new(
        "ファイルが入っていますが、このコマンドが書き出したフォルダーの印（.moriokasite-build）がありません。中のファイルを消さないよう、書き出しをやめました（印のない古い版の出力なら、一度だけ手で消してください）",
        "it has files in it but not the \".moriokasite-build\" file that marks a folder this command wrote, so its files are kept (if an older version of this command wrote it, without the mark, delete it by hand once)");

    public static Phrase OutputFailed(string path, string reason) => new(
        $"出力先「{path}」に書き出せませんでした（{reason}）。前回の出力はそのままです。ディスクの空きと、そのフォルダーに書き込めるかを確かめてから、もう一度実行してください。",
        $"Could not write to \"{path}\" (\"{reason}\"). The previous output is unchanged. Check that the disk has room and that the folder may be written to, then run the command again.");

    public static Phrase OldOutputLeft(string path, string reason) => new(
        $"警告: 新しいサイトは書き出しましたが、前回の出力を移した「{path}」を消せませんでした（{reason}）。要らなければ手で消してください。",
        $"Warning: the new site was written, but the previous output, moved to \"{path}\", could not be removed (\"{reason}\"). Delete it by hand if you no longer need it.");

    public static readonly Phrase NoCommand = new("コマンドがありません。", "No command given.");

    public static Phrase UnknownCommand(string command) => new($"コマンド「{command}」はありません。", $"There is no command \"{command}\".");

    public static Phrase ValueMissing(string option, string value) => new(
        $"オプション「{option}」の後に値（{value}）がありません。「{option} {value}」の形で書いてください。",
        $"The option \"{option}\" needs a value after it: write \"{option} {value}\".");

    public static Phrase UnknownOption(string option, IReadOnlyList<string> nearest) => nearest.Count == 0
        ? new($"オプション「{option}」はありません。使えるオプションは下の使い方にあります。", $"There is no option \"{option}\". The options are listed in the usage below.")
        : new($"オプション「{option}」はありません。もしかして: {string.Join("、", nearest)}", $"There is no option \"{option}\". Did you mean {string.Join(" or ", nearest)}?");

    public static Phrase OptionNotForCommand(string option, string command, IEnumerable<string> allowed) => new(
        $"オプション「{option}」は {command} には使えません。{command} に使えるのは {string.Join("、", allowed)} です。",
        $"The option \"{option}\" is not one of {command}'s. {command} takes {string.Join(", ", allowed)}.");

    public static Phrase UnexpectedArgument(string word, string command) => new(
        $"「{word}」は余分です（{command} はオプションのほかに何も取りません）。消すか、「--」で始まるオプションの書き間違いでないか確かめてください。",
        $"\"{word}\" is an unexpected argument: {command} takes nothing but its options. Remove it, or check whether it is a mistyped option starting with --.");

    public static Phrase BadPort(string value, int min, int max) => new(
        $"--port「{value}」は使えません。ポートは {min}〜{max} の整数で指定してください（例: --port {ServeCommand.DefaultPort}）。",
        $"--port \"{value}\" cannot be used. Give a whole number from {min} to {max} (for example --port {ServeCommand.DefaultPort}).");

    public static Phrase UnknownLanguage(string value) => new(
        $"--lang「{value}」は使えません。ja（日本語）か en（英語）を指定してください。",
        $"--lang \"{value}\" is not a language the messages exist in. Use ja (Japanese) or en (English).");

    public static readonly Phrase InternalError = new(
        """
        内部エラーが起きました。内容やデータの誤りではなく、このプログラムの不具合です。
        前回の出力はそのままです。この表示の全文を添えて、このリポジトリの Issues に報告してください。
        """,
        """
        An internal error occurred. This is not a mistake in the content or the data but a bug in this program.
        The previous output is unchanged. Please report it in this repository's Issues, with the whole of this output.
        """);

    // serve
    public static Phrase PortInUse(string port, string another) => new(
        $"ポート {port} は使用中です。別のポートを --port で指定してください（例: --port {another}）。",
        $"Port {port} is in use. Choose another with --port (for example --port {another}).");

    public static Phrase PreviewAt(string url) => new($"プレビュー: {url}  （Ctrl+C で終了）", $"Preview: {url}  (Ctrl+C to stop)");

    public static readonly Phrase PreviewStopped = new("プレビューを終了しました。", "The preview has stopped.");

    public static Phrase Rebuilt(int pages, string milliseconds) => new($"{pages} ページを構築しました（{milliseconds} ms）", $"Built {pages} pages ({milliseconds} ms)");

    public static readonly Phrase ServingPrevious = new(
        "エラーがあるため、前回の内容のまま配信しています。ブラウザーにも表示しています。",
        "There are errors, so the previous site is still served. The browser shows them too.");

    public static Phrase OutputNotReplaced(string detail) => new(
        $"出力を書き換えられませんでした（{detail}）。前回の内容のまま配信しています。もう一度保存すると作り直します。",
        $"The output could not be replaced ({detail}). The previous site is still served; save again to rebuild.");

    public static readonly Phrase RebuildBug = new(
        "再構築の途中で内部エラーが起きました。内容やデータの誤りではなく、このプログラムの不具合です。前回の内容のまま配信しています。",
        "An internal error occurred while rebuilding. This is a bug in this program, not a mistake in the content or the data. The previous site is still served.");

    public static readonly Phrase ReportBug = new(
        "serve は動き続けます。下の表示の全文を添えて、このリポジトリの Issues に報告してください。",
        "serve keeps running. Please report this in this repository's Issues, with all of the text below.");

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

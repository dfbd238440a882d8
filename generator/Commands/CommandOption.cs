using MoriokaSite.Diagnostics;
using MoriokaSite.Model;

namespace MoriokaSite.Commands;

/// <summary>One option of the command line: its name, the word for its value (null for a switch), and what it does.</summary>
public sealed record CommandOption(string Name, string? Value, Phrase Description)
{
    public const string Help = "--help";

    public const string Root = "--root";

    public const string Lang = "--lang";

    public const string Output = "--output";

    public const string BaseUrl = "--base-url";

    public const string Port = "--port";

    public const string Timings = "--timings";

    public const string AccessibilityReport = "--accessibility-report";

    /// <summary>Accepted by every command, before the command's name or after it, as most tools do.</summary>
    public static readonly IReadOnlyList<CommandOption> Global =
    [
        new(Root, "DIR", new("サイトのフォルダー（既定: 現在のフォルダー）", "the site's folder (default: the current folder)")),
        new(Lang, "ja|en", new("メッセージの言語（既定: site.json の diagnosticsLanguage、なければ ja）", "the language of messages (default: diagnosticsLanguage in site.json, else ja)")),
        new(Help, null, new("使い方を表示します（コマンドの後なら、そのコマンドのオプションをすべて）", "shows how to use the command line (after a command, all of that command's options)")),
    ];

    private static readonly CommandOption BaseUrlOption = new(BaseUrl, "URL", new(
        "公開先の URL（「/」で終わる。例: https://ORG.github.io/REPO/。既定: site.json の baseUrl）",
        "the URL the site is published at, ending in / (for example https://ORG.github.io/REPO/; default: baseUrl in site.json)"));

    /// <summary>Each command's own options; every one of them is in that command's --help.</summary>
    public static IReadOnlyList<CommandOption> Of(string command) => command switch
    {
        "build" =>
        [
            new(Output, "DIR", new("書き出すフォルダー（既定: _site）", "the folder to write the site to (default: _site)")),
            BaseUrlOption,
            new(Timings, null, new("段階ごとにかかった時間を表示します", "shows the time each stage took")),
            new(AccessibilityReport, "FILE", new(
                "公開前の検査（tools/publish-check.sh）が記録した試験結果。このページのとおりのものなら /accessibility/ に載せます",
                "the test results the publishing check (tools/publish-check.sh) recorded; shown on /accessibility/ when they are of these very pages")),
        ],
        "serve" =>
        [
            new(Port, "N", new($"待ち受けるポート（{MinPort}〜{MaxPort}、既定: {ServeCommand.DefaultPort}）", $"the port to listen on ({MinPort} to {MaxPort}; default: {ServeCommand.DefaultPort})")),
            BaseUrlOption,
        ],
        _ => [],
    };

    public const int MinPort = 1;

    public const int MaxPort = 65535;

    /// <summary>Every option a command takes: its own, then the global ones.</summary>
    public static IReadOnlyList<CommandOption> AllOf(string? command) =>
        command is null ? [.. Commands.SelectMany(c => Of(c)).DistinctBy(o => o.Name), .. Global] : [.. Of(command), .. Global];

    public static readonly IReadOnlyList<string> Commands = ["build", "check", "serve", "expand-towns"];

    /// <summary>How the option is written in a usage line: <c>--port N</c>.</summary>
    public string Synopsis => Value is null ? Name : $"{Name} {Value}";
}

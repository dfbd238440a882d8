using MoriokaSite.Config;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Commands;

/// <summary>The parsed command line: a command and its options, or a usage error.</summary>
/// <param name="Language">The language of every message: <c>--lang</c>, else site.json's diagnosticsLanguage, else Japanese.</param>
public sealed record CommandLine(string Command, string? Output, string? BaseUrl, int? Port, string Root, bool Timings = false, Language Language = Language.Japanese)
{
    public const string Usage = """
        使い方: dotnet run --project generator -- <コマンド> [オプション]

          build [--output DIR] [--base-url URL] [--timings]
                                                   サイトを DIR（既定: _site/）に書き出します（--timings で段階ごとの時間を表示）
          check                                    内容・データ・テーマを検査します（何も書き出しません）
          serve [--port N]                         127.0.0.1 でプレビューを配信し、保存のたびに再構築します

        オプション:
          --root DIR   サイトのフォルダー（既定: 現在のフォルダー）
          --lang ja|en メッセージの言語（既定: site.json の diagnosticsLanguage、なければ ja）
        """;

    public const string UsageEnglish = """
        Usage: dotnet run --project generator -- <command> [options]

          build [--output DIR] [--base-url URL] [--timings]
                                                   writes the site to DIR (default: _site/); --timings shows each stage's time
          check                                    checks the content, data and theme, writing nothing
          serve [--port N]                         serves a preview on 127.0.0.1 and rebuilds on every save

        Options:
          --root DIR   the site's folder (default: the current folder)
          --lang ja|en the language of messages (default: diagnosticsLanguage in site.json, else ja)
        """;

    private const string LanguageOption = "--lang";

    private static readonly string[] Commands = ["build", "check", "serve"];

    public static string UsageIn(Language language) => language == Language.English ? UsageEnglish : Usage;

    /// <summary>
    /// The language to speak in, decided before parsing so that even a usage error is in it:
    /// a valid <c>--lang</c> wins over site.json (in <c>--root</c>, or the current folder).
    /// </summary>
    public static Language ChooseLanguage(IReadOnlyList<string> args)
    {
        IEnumerable<string> Values(string option) => args.SkipLast(1).Select((a, i) => (a, i)).Where(x => x.a == option).Select(x => args[x.i + 1]);

        return Values(LanguageOption).Select(LanguageCodes.Parse).LastOrDefault(l => l is not null)
            ?? SiteConfigLoader.DiagnosticsLanguageOf(Path.GetFullPath(Values("--root").LastOrDefault() ?? Directory.GetCurrentDirectory()))
            ?? Language.Japanese;
    }

    /// <param name="language">The language when there is no <c>--lang</c>: site.json's, from <see cref="ChooseLanguage"/>.</param>
    public static (CommandLine? Line, Phrase? Error) Parse(IReadOnlyList<string> args, Language language = Language.Japanese)
    {
        if (args.Count == 0 || !Commands.Contains(args[0]))
        {
            return (null, args.Count == 0 ? CommandMessages.NoCommand : CommandMessages.UnknownCommand(args[0]));
        }

        string? output = null, baseUrl = null, root = null;
        int? port = null;
        Language? given = null;
        var timings = false;
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--timings" && args[0] == "build")
            {
                timings = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return (null, CommandMessages.ValueMissing(args[i]));
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--output" when args[0] == "build":
                    output = value;
                    break;
                case "--base-url" when args[0] is "build" or "serve" && !SiteConfigLoader.IsValidBaseUrl(value):
                    return (null, CommandMessages.BadBaseUrl(value));
                case "--base-url" when args[0] is "build" or "serve":
                    baseUrl = value;
                    break;
                case "--port" when args[0] == "serve" && int.TryParse(value, out var p) && p is > 0 and < 65536:
                    port = p;
                    break;
                case "--root":
                    root = value;
                    break;
                case LanguageOption when LanguageCodes.Parse(value) is null:
                    return (null, CommandMessages.UnknownLanguage(value));
                case LanguageOption:
                    given = LanguageCodes.Parse(value);
                    break;
                default:
                    return (null, CommandMessages.OptionNotAllowed(args[i - 1], value));
            }
        }

        return (new CommandLine(args[0], output, baseUrl, port, Path.GetFullPath(root ?? Directory.GetCurrentDirectory()), timings, given ?? language), null);
    }
}

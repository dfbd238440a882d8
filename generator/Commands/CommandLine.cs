namespace MoriokaSite.Commands;

/// <summary>The parsed command line: a command and its options, or a usage error.</summary>
public sealed record CommandLine(string Command, string? Output, string? BaseUrl, int? Port, string Root, bool Timings = false)
{
    public const string Usage = """
        使い方: dotnet run --project generator -- <コマンド> [オプション]

          build [--output DIR] [--base-url URL] [--timings]
                                                   サイトを DIR（既定: _site/）に書き出します（--timings で段階ごとの時間を表示）
          check                                    内容・データ・テーマを検査します（何も書き出しません）
          serve [--port N]                         127.0.0.1 でプレビューを配信し、保存のたびに再構築します

        オプション:
          --root DIR   サイトのフォルダー（既定: 現在のフォルダー）
        """;

    private static readonly string[] Commands = ["build", "check", "serve"];

    public static (CommandLine? Line, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !Commands.Contains(args[0]))
        {
            return (null, args.Count == 0 ? "コマンドがありません。" : $"コマンド「{args[0]}」はありません。");
        }

        string? output = null, baseUrl = null, root = null;
        int? port = null;
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
                return (null, $"オプション「{args[i]}」に値がありません。");
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--output" when args[0] == "build":
                    output = value;
                    break;
                case "--base-url" when args[0] is "build" or "serve":
                    baseUrl = value;
                    break;
                case "--port" when args[0] == "serve" && int.TryParse(value, out var p) && p is > 0 and < 65536:
                    port = p;
                    break;
                case "--root":
                    root = value;
                    break;
                default:
                    return (null, $"オプション「{args[i - 1]} {value}」は使えません。");
            }
        }

        return (new CommandLine(args[0], output, baseUrl, port, Path.GetFullPath(root ?? Directory.GetCurrentDirectory()), timings), null);
    }
}

using MoriokaSite.Diagnostics;

namespace MoriokaSite.Commands;

/// <summary>The text of <c>--help</c>: the whole command line, or one command with every option it takes.</summary>
public static class CommandUsage
{
    private const string Run = "dotnet run --project generator --";

    private static readonly Dictionary<string, Phrase> WhatItDoes = new(StringComparer.Ordinal)
    {
        ["build"] = new("サイトを書き出します（既定: _site/）", "writes the site (default: _site/)"),
        ["check"] = new("内容・データ・テーマを検査します（何も書き出しません）", "checks the content, data and theme, writing nothing"),
        ["serve"] = new("127.0.0.1 でプレビューを配信し、保存のたびに再構築します", "serves a preview on 127.0.0.1 and rebuilds on every save"),
        ["expand-towns"] = new(
            "data/projects.csv の「8市町」「全市町」を、そのときの市町村の名前に書き換えます（市町村が加わる・抜けるときに）",
            "rewrites \"8市町\" and \"全市町\" in data/projects.csv as the names of the towns they meant (when a town joins or leaves)"),
    };

    /// <summary>The usage of one command, or of the whole command line when <paramref name="command"/> is null.</summary>
    public static string For(string? command, Language language) =>
        command is null || !WhatItDoes.ContainsKey(command) ? Whole(language) : OfCommand(command, language);

    private static string Whole(Language language)
    {
        var english = language == Language.English;
        var lines = new List<string>
        {
            english ? $"Usage: {Run} <command> [options]" : $"使い方: {Run} <コマンド> [オプション]",
            string.Empty,
        };
        foreach (var command in CommandOption.Commands)
        {
            var synopsis = string.Join(' ', [command, .. CommandOption.Of(command).Select(o => $"[{o.Synopsis}]")]);
            lines.Add($"  {synopsis}");
            lines.Add($"      {WhatItDoes[command].In(language)}");
        }

        lines.Add(string.Empty);
        lines.Add(english ? "Options for every command (before or after the command):" : "どのコマンドにも使えるオプション（コマンドの前にも後にも書けます）:");
        lines.AddRange(Describe(CommandOption.Global, language));
        return string.Join('\n', lines);
    }

    private static string OfCommand(string command, Language language)
    {
        var english = language == Language.English;
        var lines = new List<string>
        {
            english ? $"Usage: {Run} {command} [options]" : $"使い方: {Run} {command} [オプション]",
            string.Empty,
            $"  {WhatItDoes[command].In(language)}",
            string.Empty,
            english ? "Options:" : "オプション:",
        };
        lines.AddRange(Describe(CommandOption.AllOf(command), language));
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Describe(IReadOnlyList<CommandOption> options, Language language)
    {
        var width = options.Max(o => o.Synopsis.Length) + 2;
        return options.Select(o => $"  {o.Synopsis.PadRight(width)}{o.Description.In(language)}");
    }
}

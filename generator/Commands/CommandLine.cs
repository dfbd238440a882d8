using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Commands;

/// <summary>The parsed command line: a command and its options, a request for help, or a usage error.</summary>
/// <param name="Language">The language of every message: <c>--lang</c>, else site.json's diagnosticsLanguage, else Japanese.</param>
/// <param name="Help">True for <c>--help</c>: print the usage of <see cref="Command"/> (or of everything when it is empty).</param>
/// <param name="AccessibilityReport">build's <c>--accessibility-report</c>: the audit's results to show on /accessibility/, as given.</param>
public sealed record CommandLine(string Command, string? Output, BaseUrl? BaseUrl, int? Port, string Root, bool Timings = false, Language Language = Language.Japanese, bool Help = false, string? AccessibilityReport = null)
{
    public static string UsageIn(Language language, string? command = null) => CommandUsage.For(command, language);

    /// <summary>
    /// The language to speak in, decided before parsing so that even a usage error is in it:
    /// a valid <c>--lang</c> wins over site.json (in <c>--root</c>, or the current folder).
    /// </summary>
    public static Language ChooseLanguage(IReadOnlyList<string> args)
    {
        IEnumerable<string> Values(string option) => args.SkipLast(1).Select((a, i) => (a, i)).Where(x => x.a == option).Select(x => args[x.i + 1]);

        return Values(CommandOption.Lang).Select(LanguageCodes.Parse).LastOrDefault(l => l is not null)
            ?? SiteConfigLoader.DiagnosticsLanguageOf(Path.GetFullPath(Values(CommandOption.Root).LastOrDefault() ?? Directory.GetCurrentDirectory()))
            ?? Language.Japanese;
    }

    /// <summary>The command named in the arguments, if any: for the usage printed with an error.</summary>
    public static string? CommandIn(IReadOnlyList<string> args) => args.FirstOrDefault(a => CommandOption.Commands.Contains(a));

    /// <param name="language">The language when there is no <c>--lang</c>: site.json's, from <see cref="ChooseLanguage"/>.</param>
    public static (CommandLine? Line, Phrase? Error) Parse(IReadOnlyList<string> args, Language language = Language.Japanese)
    {
        var (words, error) = CommandWords.Read(args);
        if (error is not null)
        {
            return (null, error);
        }

        if (words.Help)
        {
            return (new CommandLine(words.Command ?? string.Empty, null, null, null, Directory.GetCurrentDirectory(), Language: language, Help: true), null);
        }

        if (words.Command is null)
        {
            return (null, CommandMessages.NoCommand);
        }

        string? output = null, root = null, report = null;
        BaseUrl? baseUrl = null;
        int? port = null;
        Language? given = null;
        var timings = false;
        foreach (var (option, value) in words.Options)
        {
            switch (option)
            {
                case CommandOption.Output:
                    output = value;
                    break;
                case CommandOption.BaseUrl when BaseUrl.TryParse(value!) is { } parsed:
                    baseUrl = parsed;
                    break;
                case CommandOption.BaseUrl:
                    return (null, CommandMessages.BadBaseUrl(value!));
                case CommandOption.Port when int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is >= CommandOption.MinPort and <= CommandOption.MaxPort:
                    port = p;
                    break;
                case CommandOption.Port:
                    return (null, CommandMessages.BadPort(value!, CommandOption.MinPort, CommandOption.MaxPort));
                case CommandOption.Timings:
                    timings = true;
                    break;
                case CommandOption.Root:
                    root = value;
                    break;
                case CommandOption.AccessibilityReport:
                    report = value;
                    break;
                case CommandOption.Lang when LanguageCodes.Parse(value!) is null:
                    return (null, CommandMessages.UnknownLanguage(value!));
                case CommandOption.Lang:
                    given = LanguageCodes.Parse(value!);
                    break;
            }
        }

        return (new CommandLine(words.Command, output, baseUrl, port, Path.GetFullPath(root ?? Directory.GetCurrentDirectory()), timings, given ?? language, AccessibilityReport: report), null);
    }
}

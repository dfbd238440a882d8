using MoriokaSite.Diagnostics;
using MoriokaSite.Text;

namespace MoriokaSite.Commands;

/// <summary>
/// The arguments sorted into a command, its options with their values, and a request for help, with the
/// first usage error: an unknown option (with the nearest ones), an option of another command, a stray word.
/// </summary>
internal sealed record CommandWords(string? Command, IReadOnlyList<(string Option, string? Value)> Options, bool Help)
{
    public static (CommandWords Words, Phrase? Error) Read(IReadOnlyList<string> args)
    {
        string? command = null;
        var help = false;
        var options = new List<(string, string?)>();
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i];
            if (word is CommandOption.Help or "-h" || (word == "help" && command is null && !help))
            {
                help = true;
            }
            else if (word.StartsWith('-'))
            {
                var option = CommandOption.AllOf(null).FirstOrDefault(o => o.Name == word);
                if (option is null)
                {
                    return Fail(CommandMessages.UnknownOption(word, Suggestions.NearestFew(word, CommandOption.AllOf(command).Select(o => o.Name))));
                }

                if (option.Value is not null && i + 1 >= args.Count)
                {
                    return Fail(CommandMessages.ValueMissing(word, option.Value));
                }

                options.Add((word, option.Value is null ? null : args[++i]));
            }
            else if (command is null)
            {
                if (!CommandOption.Commands.Contains(word))
                {
                    return Fail(CommandMessages.UnknownCommand(word));
                }

                command = word;
            }
            else
            {
                return Fail(CommandMessages.UnexpectedArgument(word, command));
            }
        }

        // Checked once the command is known: a global option may come before it, as in `--lang en check`.
        var misplaced = command is null ? null : options.Select(o => o.Item1).FirstOrDefault(o => CommandOption.AllOf(command).All(a => a.Name != o));
        if (misplaced is not null && !help)
        {
            return Fail(CommandMessages.OptionNotForCommand(misplaced, command!, CommandOption.AllOf(command).Select(o => o.Name)));
        }

        return (new CommandWords(command, options, help), null);
    }

    private static (CommandWords, Phrase?) Fail(Phrase error) => (new CommandWords(null, [], false), error);
}

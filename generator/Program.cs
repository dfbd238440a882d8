using MoriokaSite.Commands;

namespace MoriokaSite;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return await RunAsync(args, Console.Out, Console.Error);
    }

    /// <summary>The command line → a command → an exit code. Content problems never reach the catch below.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var language = CommandLine.ChooseLanguage(args);
        var (line, usageError) = CommandLine.Parse(args, language);
        if (line is null)
        {
            error.WriteLine(PrintedText.OneLine(usageError!.In(language))); // It quotes the arguments as given.
            error.WriteLine(CommandLine.UsageIn(language, CommandLine.CommandIn(args)));
            return ExitCodes.Usage;
        }

        if (line.Help)
        {
            output.WriteLine(CommandLine.UsageIn(line.Language, line.Command.Length == 0 ? null : line.Command));
            return ExitCodes.Success;
        }

        try
        {
            return line.Command switch
            {
                "build" => await BuildCommand.RunAsync(line, output, error),
                "check" => await CheckCommand.RunAsync(line, output, error),
                "expand-towns" => await ExpandTownsCommand.RunAsync(line, output, error),
                _ => await ServeCommand.RunAsync(line, output, error),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine(CommandMessages.InternalError.In(line.Language));
            error.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
    }
}

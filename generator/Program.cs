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
        if (args is ["--help"] or ["-h"] or ["help"])
        {
            output.WriteLine(CommandLine.Usage);
            return ExitCodes.Success;
        }

        var (line, usageError) = CommandLine.Parse(args);
        if (line is null)
        {
            error.WriteLine(usageError);
            error.WriteLine(CommandLine.Usage);
            return ExitCodes.Usage;
        }

        try
        {
            return line.Command switch
            {
                "build" => await BuildCommand.RunAsync(line, output, error),
                "check" => await CheckCommand.RunAsync(line, output, error),
                _ => await ServeCommand.RunAsync(line, output, error),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error.WriteLine("内部エラーが起きました。内容やデータの誤りではなく、このプログラムの不具合です。");
            error.WriteLine("前回の出力はそのままです。この表示の全文を添えて、このリポジトリの Issues に報告してください。");
            error.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
    }
}

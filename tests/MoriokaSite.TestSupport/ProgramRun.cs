namespace MoriokaSite.Tests.Support;

/// <summary>The command line run in process, as a user types it: its exit status and what it printed on each stream.</summary>
public static class ProgramRun
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Program.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}

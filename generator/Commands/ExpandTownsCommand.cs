using MoriokaSite.Editing;

namespace MoriokaSite.Commands;

/// <summary>
/// <c>expand-towns</c>: before (or right after) a town joins or leaves the region, rewrites every 「8市町」/「全市町」
/// of data/projects.csv as the names of the towns it meant, so each project keeps its towns.
/// </summary>
public static class ExpandTownsCommand
{
    public static Task<int> RunAsync(CommandLine line, TextWriter output, TextWriter error)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var rewrites = AllTownsSpeller.Run(line.Root, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Sorted(), error, line.Language);
        if (rewrites is null)
        {
            error.WriteLine(CommandMessages.NothingRewritten.In(line.Language));
            return Task.FromResult(ExitCodes.ContentErrors);
        }

        foreach (var rewrite in rewrites)
        {
            output.WriteLine(CommandMessages.TownsSpelledOut(rewrite.Word, rewrite.Cells, rewrite.Towns, rewrite.Commit).In(line.Language));
        }

        output.WriteLine((rewrites.Count == 0 ? CommandMessages.NoAllTownsWords : CommandMessages.TownsSpelledOutNext).In(line.Language));
        return Task.FromResult(ExitCodes.Success);
    }
}

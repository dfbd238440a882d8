using MoriokaSite.Diagnostics;
using MoriokaSite.Output;

namespace MoriokaSite.Commands;

/// <summary>What the commands say about an <see cref="OutputProblem"/>, and the exit status it gives.</summary>
public static class OutputReport
{
    public static Phrase Describe(OutputProblem problem) => problem.Kind switch
    {
        OutputProblemKind.HoldsTheSite => CommandMessages.OutputRefused(problem.Path, CommandMessages.HoldsTheSite),
        OutputProblemKind.InsideSources => CommandMessages.OutputRefused(problem.Path, CommandMessages.InsideSources),
        OutputProblemKind.InsideGit => CommandMessages.OutputRefused(problem.Path, CommandMessages.InsideGit),
        OutputProblemKind.IsAFile => CommandMessages.OutputRefused(problem.Path, CommandMessages.IsAFile),
        OutputProblemKind.NotABuild => CommandMessages.OutputRefused(problem.Path, CommandMessages.NotABuild),
        OutputProblemKind.WriteFailed => CommandMessages.OutputFailed(problem.Path, problem.Reason),
        _ => CommandMessages.OldOutputLeft(problem.Path, problem.Reason),
    };

    /// <summary>A refusal is a usage error (the remedy is another --output); a refused write, like content errors, means nothing was written.</summary>
    public static int ExitCode(OutputProblem problem) => problem.IsRefusal ? ExitCodes.Usage : problem.SiteWritten ? ExitCodes.Success : ExitCodes.ContentErrors;
}

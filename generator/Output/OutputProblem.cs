namespace MoriokaSite.Output;

/// <summary>What went wrong with the output folder: which kind, at which path, and the operating system's reason if any.</summary>
public sealed record OutputProblem(OutputProblemKind Kind, string Path, string Reason = "")
{
    /// <summary>The folder was never touched: the remedy is another --output.</summary>
    public bool IsRefusal => Kind < OutputProblemKind.WriteFailed;

    /// <summary>The new site is in place despite the problem.</summary>
    public bool SiteWritten => Kind == OutputProblemKind.OldCopyLeft;
}

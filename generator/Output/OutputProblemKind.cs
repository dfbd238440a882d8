namespace MoriokaSite.Output;

/// <summary>Why the output was not written, or was written with something left over.</summary>
public enum OutputProblemKind
{
    /// <summary>The folder holding site.json, or one of its parents.</summary>
    HoldsTheSite,

    /// <summary>content/, data/, themes/ or a folder inside them: the site's sources.</summary>
    InsideSources,

    /// <summary>.git or a folder inside it: the repository's history.</summary>
    InsideGit,

    /// <summary>An existing file, not a folder.</summary>
    IsAFile,

    /// <summary>A folder with files in it but no <see cref="BuildMarker"/>: not a previous build.</summary>
    NotABuild,

    /// <summary>The operating system refused a write (a full disk, a read-only folder); nothing was replaced.</summary>
    WriteFailed,

    /// <summary>The new site is in place, but the previous copy set aside could not be removed.</summary>
    OldCopyLeft,
}

namespace MoriokaSite.Config;

/// <summary>Why a value is not a base URL: each has a message of its own.</summary>
public enum BaseUrlFault
{
    None,

    /// <summary>Not "/" or a URL ending in "/".</summary>
    Shape,

    /// <summary>Shaped like one, but a browser would read it as another site (a backslash, a "//", a space).</summary>
    LeavesTheSite,
}

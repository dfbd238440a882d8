namespace MoriokaSite.Loading;

public enum WordPartKind
{
    /// <summary>Words as written.</summary>
    Text,

    /// <summary>{name}: a value the page fills in.</summary>
    Placeholder,

    /// <summary>[ of [words]({url}): a link to the address the placeholder names.</summary>
    LinkStart,

    /// <summary>The ] that closes the link's words.</summary>
    LinkEnd,
}

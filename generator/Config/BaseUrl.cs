namespace MoriokaSite.Config;

/// <summary>
/// Where the site is published (site.json's baseUrl, or --base-url), taken apart once, here: its origin
/// ("https://ORG.github.io", or empty for a bare path such as "/") and the path the site is served under ("/REPO/").
/// Every link is that path and a page's place; every absolute URL is the origin before it.
/// </summary>
public sealed record BaseUrl
{
    private BaseUrl(string origin, string path) => (Origin, Path) = (origin, path);

    /// <summary>"https://ORG.github.io", or empty when the base URL is a bare path: what only an absolute URL may carry is then left out.</summary>
    public string Origin { get; }

    /// <summary>The path the site is served under, with slashes on both ends ("/" or "/REPO/").</summary>
    public string Path { get; }

    public bool HasOrigin => Origin.Length > 0;

    /// <summary>The same site served by the preview on this machine, at its port.</summary>
    public BaseUrl OnLocalPort(int port) => new($"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}", Path);

    public override string ToString() => Origin + Path;

    /// <summary>The base URL a value gives, or null with the reason it cannot be one.</summary>
    public static BaseUrl? TryParse(string value, out BaseUrlFault fault)
    {
        fault = !HasShape(value) ? BaseUrlFault.Shape : !StaysOnSite(value) ? BaseUrlFault.LeavesTheSite : BaseUrlFault.None;
        return fault == BaseUrlFault.None ? Split(value) : null;
    }

    public static BaseUrl? TryParse(string value) => TryParse(value, out _);

    /// <summary>A base URL the code or a test writes out, known to be one; a value from a person goes through <see cref="TryParse(string, out BaseUrlFault)"/>.</summary>
    public static BaseUrl Parse(string value) => TryParse(value) ?? throw new FormatException($"Not a base URL: {value}");

    /// <summary>"/" or "/REPO/", or an http(s) URL whose path ends in "/", with no query or fragment: the shape the links need.</summary>
    private static bool HasShape(string value)
    {
        if (value.StartsWith('/'))
        {
            return value.EndsWith('/') && !value.StartsWith("//", StringComparison.Ordinal);
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath.EndsWith('/')
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
    }

    /// <summary>
    /// Links that stay on the site: browsers read "//host" and "/\host" as another host, so no backslash and no "//"
    /// in the path, and nothing else a browser would read differently (<see cref="SiteUrls.IsWebUrl"/>).
    /// </summary>
    private static bool StaysOnSite(string value) =>
        SiteUrls.HasOnlyUrlCharacters(value) && (value.StartsWith('/')
            ? !value.Contains("//", StringComparison.Ordinal)
            : SiteUrls.IsWebUrl(value) && !new Uri(value, UriKind.Absolute).AbsolutePath.Contains("//", StringComparison.Ordinal));

    private static BaseUrl Split(string value)
    {
        if (value.StartsWith('/'))
        {
            return new(string.Empty, value);
        }

        var uri = new Uri(value, UriKind.Absolute);
        return new(uri.GetLeftPart(UriPartial.Authority), uri.AbsolutePath);
    }
}

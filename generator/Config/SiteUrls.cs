namespace MoriokaSite.Config;

/// <summary>
/// The rules for the URLs and the domain name in site.json (the base URL's are <see cref="BaseUrl"/>'s). Each ends up
/// on every page, or in the CNAME file GitHub Pages reads, so each must point exactly where it says.
/// </summary>
public static class SiteUrls
{
    private static readonly string[] WebSchemes = ["https://", "http://"];

    /// <summary>An absolute http(s) URL to a named host, with nothing a browser would read differently.</summary>
    public static bool IsWebUrl(string value) =>
        HasOnlyUrlCharacters(value)
        && WebSchemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Host.Length > 0 && uri.UserInfo.Length == 0;

    /// <summary>
    /// A domain name as GitHub Pages takes it: labels of ASCII letters, digits and hyphens (a Japanese
    /// name in its xn-- form), joined by dots; nothing else, so that CNAME is one line naming one host.
    /// </summary>
    public static bool IsHostName(string value)
    {
        var labels = value.Split('.');
        return value.Length <= 253 && labels.Length >= 2 && labels.All(IsLabel);
    }

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= 63 && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && label[0] != '-' && label[^1] != '-';

    // Browsers drop tabs and newlines inside a URL and read a backslash as a slash; spaces, quotes and
    // angle brackets have no place in one either.
    internal static bool HasOnlyUrlCharacters(string value) =>
        value.Length > 0 && !value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '\\' or '"' or '<' or '>' or '`');
}

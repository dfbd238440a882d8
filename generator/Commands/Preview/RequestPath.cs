namespace MoriokaSite.Commands.Preview;

/// <summary>
/// The path of a request as the client sent it, decoded once, or null when no file could ever be meant by it.
/// Browsers resolve "." and ".." and never send control characters or backslashes, so a request holding
/// any of them, in any encoding, comes from something else and is refused whole instead of being repaired.
/// </summary>
public static class RequestPath
{
    public static string? Decode(string rawTarget)
    {
        // Origin form only ("/path?query"); "*" and absolute URLs are for proxies, not a file server.
        if (!rawTarget.StartsWith('/'))
        {
            return null;
        }

        var end = rawTarget.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end < 0 ? rawTarget : rawTarget[..end]);

        // Decoded once: "%252e%252e" becomes the name "%2e%2e", which is no file, never "..".
        if (path.Any(c => char.IsControl(c) || c == '\\'))
        {
            return null;
        }

        return path.Split('/').Any(segment => segment is "." or "..") ? null : path;
    }
}

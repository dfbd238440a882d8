namespace MoriokaSite.Tests.Support;

/// <summary>The pages of a built site, by their paths under the base path.</summary>
public static class BuiltPages
{
    /// <summary>Every page's path under the base path ("", "fields/tourism/", …), 404.html excepted: it is never linked.</summary>
    public static IReadOnlyList<string> Of(string output) =>
        Directory.GetFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != "404.html")
            .Select(f => f[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
}

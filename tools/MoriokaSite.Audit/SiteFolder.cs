using MoriokaSite.Config;

namespace MoriokaSite.Audit;

/// <summary>A built site on disk, and the base path its links are written under ("/" or "/REPO/").</summary>
public sealed record SiteFolder(string Folder, string BasePath)
{
    /// <param name="baseUrl">The --base-url the site was built with.</param>
    public static SiteFolder For(string folder, string baseUrl) => new(Path.GetFullPath(folder), BaseUrl.Parse(baseUrl).Path);

    /// <summary>Every page's path under the base path ("", "fields/tourism/", "404.html"), in order.</summary>
    public IReadOnlyList<string> Pages() =>
        Directory.GetFiles(Folder, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Select(f => f == "index.html" ? string.Empty : f.EndsWith("/index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The HTML file of a page path: "fields/x/" → fields/x/index.html.</summary>
    public string FileOf(string page) => Path.Combine(Folder, page.Length == 0 || page.EndsWith('/') ? page + "index.html" : page);
}

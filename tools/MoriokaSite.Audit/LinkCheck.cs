using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MoriokaSite.Audit;

/// <summary>
/// Every link inside the site leads to a file of the output, and every #fragment to an element of its page.
/// Links out of the site are not fetched (a publishing run should not depend on other sites being up).
/// Relative links count as broken: GitHub Pages serves 404.html at any depth, where they would lead elsewhere.
/// </summary>
public sealed class LinkCheck(SiteFolder site, string baseUrl)
{
    public const string Id = "links";

    public const string Tool = "AngleSharp";

    private static readonly string[] Elsewhere = ["https://", "http://", "mailto:", "tel:"];

    private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    public IReadOnlyList<Finding> Check(IEnumerable<string> pages)
    {
        var findings = new List<Finding>();
        foreach (var page in pages)
        {
            var document = Parse(site.FileOf(page));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (Problem(page, link) is { } problem)
                {
                    findings.Add(new Finding(Id, page, problem));
                }
            }
        }

        return findings;
    }

    private string? Problem(string page, string link)
    {
        // The site's own absolute URLs (canonical links) are links into the site like any other.
        var path = baseUrl.Contains("://", StringComparison.Ordinal) && link.StartsWith(baseUrl, StringComparison.Ordinal)
            ? site.BasePath + link[baseUrl.Length..]
            : link;
        if (path.StartsWith('#'))
        {
            return IdsOf(page).Contains(Uri.UnescapeDataString(path[1..])) ? null : $"{link}: no element has the id {path[1..]}";
        }

        if (Elsewhere.Any(s => path.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            return $"{link}: not under the site's path {site.BasePath}";
        }

        var target = Uri.UnescapeDataString(path[site.BasePath.Length..].Split('#', '?')[0]);
        if (!File.Exists(site.FileOf(target)))
        {
            return $"{link}: there is no such page or file";
        }

        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(path[(hash + 1)..]) : null;
        var isPage = target.Length == 0 || target.EndsWith('/') || target.EndsWith(".html", StringComparison.Ordinal);
        return fragment is { Length: > 0 } && isPage && !IdsOf(target).Contains(fragment) ? $"{link}: no element has the id {fragment}" : null;
    }

    private HashSet<string> IdsOf(string page)
    {
        if (!_ids.TryGetValue(page, out var ids))
        {
            ids = Parse(site.FileOf(page)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            _ids[page] = ids;
        }

        return ids;
    }

    private static IDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));
}

using System.Text;
using MoriokaSite.Routing;

namespace MoriokaSite.Output;

/// <summary>The small files GitHub Pages and crawlers look for.</summary>
public static class CrawlerFiles
{
    /// <summary>Without .nojekyll, GitHub Pages runs Jekyll over the output and drops files it ignores.</summary>
    public static RenderedFile NoJekyll() => new(".nojekyll", []);

    /// <summary>GitHub Pages serves a custom domain when the published site holds a CNAME file naming it.</summary>
    public static RenderedFile Cname(string domain) => new("CNAME", Encoding.UTF8.GetBytes(domain + "\n"));

    /// <summary>robots.txt's Sitemap line must be an absolute URL: without a host, there is no sitemap to name.</summary>
    public static RenderedFile Robots(Routes routes) => new("robots.txt", Encoding.UTF8.GetBytes(routes.HasOrigin
        ? $"User-agent: *\nAllow: /\n\nSitemap: {routes.Absolute(routes.Sitemap)}\n"
        : "User-agent: *\nAllow: /\n"));
}

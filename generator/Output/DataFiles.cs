using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Output;

/// <summary>
/// The files of the site that are not pages: the open data, the feed, the sitemap, and the small files
/// crawlers and GitHub Pages look for. Made from the model, after the pages are rendered.
/// </summary>
public static class DataFiles
{
    /// <summary>
    /// Makers of the files, each called only when its files are about to be written: at 100,000 projects the open
    /// data alone is hundreds of megabytes, which a build need not hold at once.
    /// </summary>
    /// <param name="wording">The site's wording: the open data's column names and descriptions, and the feed's.</param>
    /// <param name="pageUrls">The pages the sitemap lists.</param>
    public static IReadOnlyList<Func<IReadOnlyList<RenderedFile>>> Makers(SiteModel site, Routes routes, Wording wording, IEnumerable<string> pageUrls)
    {
        var columns = OpenDataColumns.For(site, wording);
        var makers = new List<Func<IReadOnlyList<RenderedFile>>>
        {
            One(() => OpenDataJson.Write(site, routes, wording)),
            One(() => OpenDataSchema.Write(site, routes, wording)),
            One(() => OpenDataCsv.Write(SitePaths.ProjectsCsv.OutputFile, site.Projects, columns, routes)),
        };
        makers.AddRange(site.Fields.Select(f => One(() => OpenDataCsv.Write(SitePaths.FieldCsv(f).OutputFile, site.Projects.Where(p => p.Field == f || p.AlsoIn.Contains(f)), columns, routes))));
        makers.AddRange(site.Towns.Select(t => One(() => OpenDataCsv.Write(SitePaths.TownCsv(t).OutputFile, t.Projects, columns, routes))));
        if (site.History is { } history)
        {
            makers.Add(() => ChangesData.Write(history, routes, wording));
        }

        makers.Add(One(() => AtomFeed.Write(site, routes, wording)));
        if (routes.HasOrigin)
        {
            makers.Add(One(() => Sitemap.Write(pageUrls, routes))); // A sitemap's <loc> must be absolute.
        }

        makers.Add(One(() => CrawlerFiles.Robots(routes)));
        makers.Add(One(CrawlerFiles.NoJekyll));
        if (site.Config.Cname.Length > 0)
        {
            makers.Add(One(() => CrawlerFiles.Cname(site.Config.Cname)));
        }

        return makers;
    }

    private static Func<IReadOnlyList<RenderedFile>> One(Func<RenderedFile> make) => () => [make()];
}

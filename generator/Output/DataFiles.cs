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
    /// <param name="wording">The site's wording: the open data's column names and descriptions, and the feed's.</param>
    /// <param name="pageUrls">The pages the sitemap lists.</param>
    public static IReadOnlyList<RenderedFile> Write(SiteModel site, Routes routes, Wording wording, IEnumerable<string> pageUrls)
    {
        var files = new List<RenderedFile>
        {
            OpenDataJson.Write(site, routes, wording),
            OpenDataSchema.Write(site, routes, wording),
        };
        var columns = OpenDataColumns.For(site, wording);
        files.Add(OpenDataCsv.Write(SitePaths.ProjectsCsv.OutputFile, site.Projects, columns, routes));
        files.AddRange(site.Fields.Select(f => OpenDataCsv.Write(SitePaths.FieldCsv(f).OutputFile, site.Projects.Where(p => p.Field == f || p.AlsoIn.Contains(f)), columns, routes)));
        files.AddRange(site.Towns.Select(t => OpenDataCsv.Write(SitePaths.TownCsv(t).OutputFile, t.Projects, columns, routes)));
        if (site.History is not null)
        {
            files.AddRange(ChangesData.Write(site.History, routes, wording));
        }

        files.Add(AtomFeed.Write(site, routes, wording));
        if (routes.HasOrigin)
        {
            files.Add(Sitemap.Write(pageUrls, routes)); // A sitemap's <loc> must be absolute.
        }

        files.Add(CrawlerFiles.Robots(routes));
        files.Add(CrawlerFiles.NoJekyll());
        if (site.Config.Cname.Length > 0)
        {
            files.Add(CrawlerFiles.Cname(site.Config.Cname));
        }

        return files;
    }
}

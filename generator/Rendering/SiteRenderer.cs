using System.Collections.Concurrent;
using System.Text;
using MoriokaSite.Diagnostics;
using MoriokaSite.Model;
using MoriokaSite.Output;
using MoriokaSite.Search;

namespace MoriokaSite.Rendering;

/// <summary>The render stage: every page through its template, then the data and crawler files. Reads no input file.</summary>
public sealed class SiteRenderer(SiteModel site, Routes routes, TemplateEngine templates, PageWords words)
{
    /// <summary>The templates the theme must provide.</summary>
    public static readonly string[] Templates = ["_Layout", "Home", "Field", "Town", "Project", "ProjectList", "TextPage", "OpenData", "Search", "Accessibility", "NotFound"];

    /// <summary>Every file of the site; null when a template failed, after reporting each failure once.</summary>
    /// <param name="diagnostics">Where a template that fails is reported.</param>
    /// <param name="layoutsPath">The templates' folder as diagnostics print it.</param>
    /// <param name="parallel">Render pages on every core. Each page lands in its planned slot, so the output is the same either way.</param>
    public async Task<IReadOnlyList<RenderedFile>?> RenderAsync(DiagnosticBag diagnostics, string layoutsPath, bool parallel = true)
    {
        // The index comes first: the search page carries its version.
        var searchIndex = SearchIndex.Build(site, routes);
        var (searchFiles, searchVersion) = SearchIndexFiles.Write(searchIndex, routes);
        var plans = new PagePlanner(site, routes, searchIndex, searchVersion, words).Plan();
        var pages = new RenderedFile[plans.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        var failures = new ConcurrentBag<(int Page, Diagnostic Diagnostic)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, plans.Count), options, async (i, _) =>
        {
            try
            {
                var html = await templates.RenderAsync(plans[i].Template, plans[i].View);
                pages[i] = new RenderedFile(routes.FileFor(plans[i].View.Url), Encoding.UTF8.GetBytes(html));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The template's code runs here: what it throws is the theme's mistake, not the generator's.
                failures.Add((i, TemplateFailure.Describe(e, layoutsPath, plans[i].Template, plans[i].View.Url)));
            }
        });

        // One report per template line, for the first page it failed on: a layout fails on every page alike.
        foreach (var failure in failures.OrderBy(f => f.Page).Select(f => f.Diagnostic).DistinctBy(d => (d.Location, d.Code)))
        {
            diagnostics.Add(failure);
        }

        if (!failures.IsEmpty)
        {
            return null;
        }

        var files = new List<RenderedFile>(pages);

        var pageUrls = plans.Where(p => p.Template != "NotFound").Select(p => p.View.Url);
        files.AddRange(searchFiles);
        files.Add(OpenDataJson.Write(site, routes));
        files.Add(OpenDataSchema.Write(site, routes));
        var columns = OpenDataColumns.For(site);
        files.Add(OpenDataCsv.Write(routes.FileFor(routes.ProjectsCsv), site.Projects, columns, routes));
        files.AddRange(site.Fields.Select(f => OpenDataCsv.Write(routes.FileFor(routes.FieldCsv(f)), site.Projects.Where(p => p.Field == f || p.AlsoIn.Contains(f)), columns, routes)));
        files.AddRange(site.Towns.Select(t => OpenDataCsv.Write(routes.FileFor(routes.TownCsv(t)), site.ProjectsOf(t), columns, routes)));
        files.Add(AtomFeed.Write(site, routes));
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

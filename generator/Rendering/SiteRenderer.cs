using System.Collections.Concurrent;
using System.Text;
using MoriokaSite.Diagnostics;
using MoriokaSite.Markup;
using MoriokaSite.Planning;
using MoriokaSite.Routing;
using MoriokaSite.Templates;

namespace MoriokaSite.Rendering;

/// <summary>The render stage: every planned page through its template, its short lines marked where they may break. Reads no input file.</summary>
/// <param name="phraseBreaks">Marks breaks between phrases; null for a language without a phrase model.</param>
public sealed class SiteRenderer(TemplateEngine templates, PhraseBreaks? phraseBreaks = null)
{
    /// <summary>The templates the theme must provide.</summary>
    public static readonly string[] Templates = ["_Layout", "Home", "Field", "Town", "Project", "ProjectList", "TextPage", "Agreement", "OpenData", "Search", "Accessibility", "NotFound"];

    /// <summary>Every page of the site; null when a template failed, after reporting each failure once.</summary>
    /// <param name="diagnostics">Where a template that fails is reported.</param>
    /// <param name="layoutsPath">The templates' folder as diagnostics print it.</param>
    /// <param name="parallel">Render pages on every core. Each page lands in its planned slot, so the output is the same either way.</param>
    public async Task<IReadOnlyList<RenderedFile>?> RenderAsync(IReadOnlyList<PagePlan> plans, DiagnosticBag diagnostics, string layoutsPath, bool parallel = true)
    {
        var pages = new RenderedFile[plans.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        var failures = new ConcurrentBag<(int Page, Diagnostic Diagnostic)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, plans.Count), options, async (i, _) =>
        {
            try
            {
                var html = await templates.RenderAsync(plans[i].Template, plans[i].View);
                html = phraseBreaks?.Apply(html) ?? html;
                pages[i] = new RenderedFile(plans[i].View.Path.OutputFile, Encoding.UTF8.GetBytes(html));
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

        return pages;
    }

    /// <summary>The pages a sitemap lists: every one but the 404 page, which answers for URLs that do not exist.</summary>
    public static IEnumerable<string> ListedUrls(IReadOnlyList<PagePlan> plans) => plans.Where(p => p.Template != "NotFound").Select(p => p.View.Url);
}

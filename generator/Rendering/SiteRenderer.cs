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

    /// <summary>
    /// Renders every page and hands each to <paramref name="done"/> as soon as it is ready (from several threads at
    /// once), so that no more pages are held than are being rendered. False when a template failed, after reporting
    /// each failure once; the pages handed on before are then not the site's.
    /// </summary>
    /// <param name="done">Where each page goes: a build writes it into its staging folder.</param>
    /// <param name="diagnostics">Where a template that fails is reported.</param>
    /// <param name="layoutsPath">The templates' folder as diagnostics print it.</param>
    /// <param name="parallel">Render pages on every core. Each page is a file of its own, so the output is the same either way.</param>
    public async Task<bool> RenderAsync(IReadOnlyList<PagePlan> plans, Action<RenderedFile> done, DiagnosticBag diagnostics, string layoutsPath, bool parallel = true)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        var failures = new ConcurrentBag<(int Page, Diagnostic Diagnostic)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, plans.Count), options, async (i, _) =>
        {
            string html;
            try
            {
                html = await templates.RenderAsync(plans[i].Template, plans[i].View);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The template's code runs here: what it throws is the theme's mistake, not the generator's.
                failures.Add((i, TemplateFailure.Describe(e, layoutsPath, plans[i].Template, plans[i].View.Url)));
                return;
            }

            html = phraseBreaks?.Apply(html) ?? html;
            done(new RenderedFile(plans[i].View.Path.OutputFile, Encoding.UTF8.GetBytes(html)));
        });

        // One report per template line, for the first page it failed on: a layout fails on every page alike.
        foreach (var failure in failures.OrderBy(f => f.Page).Select(f => f.Diagnostic).DistinctBy(d => (d.Location, d.Code)))
        {
            diagnostics.Add(failure);
        }

        return failures.IsEmpty;
    }

    /// <summary>The pages a sitemap lists: every one but the 404 page, which answers for URLs that do not exist.</summary>
    public static IEnumerable<string> ListedUrls(IReadOnlyList<PagePlan> plans) => plans.Where(p => p.Template != "NotFound").Select(p => p.View.Url);
}

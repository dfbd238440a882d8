using System.Diagnostics;
using MoriokaSite.Diagnostics;
using MoriokaSite.History;
using MoriokaSite.Loading;
using MoriokaSite.Markup;
using MoriokaSite.Model;
using MoriokaSite.Modelling;
using MoriokaSite.Output;
using MoriokaSite.Planning;
using MoriokaSite.Rendering;
using MoriokaSite.Routing;
using MoriokaSite.Search;
using MoriokaSite.Templates;
using MoriokaSite.Text.Phrases;
using MoriokaSite.Views;
using MoriokaSite.Words;

namespace MoriokaSite.Pipeline;

/// <summary>A build, top to bottom: load → validate → model → compile templates → search index → pages → data files → write.</summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        BuildResult Result(int pages = 0, int files = 0) => new(diagnostics.Sorted(), pages, files, clock.Elapsed, timings);

        var sources = timings.Time("load", () => SiteLoader.Load(options.Root, diagnostics, options.AccessibilityReport));
        var parts = timings.Time("validate", () => ModelBuilder.Validate(sources, diagnostics));
        var theme = sources.Config is null ? null : ThemeFiles.Locate(options.Root, sources.Config.Theme, diagnostics);
        if (parts is null || theme is null || diagnostics.HasErrors)
        {
            return Result();
        }

        var history = timings.Time("history", () => HistoryReader.Read(options.Root, options.HistoryCacheFolder));
        if (history.Availability == HistoryAvailability.Shallow)
        {
            diagnostics.Warning(SourceLocation.StartOf(SiteLoader.ProjectsPath), Problems.HistoryShallow());
        }

        var linked = timings.Time("model", () => ModelBuilder.Assemble(parts));
        var site = linked with { History = HistoryBuilder.Build(history, linked) };
        var compiled = await timings.TimeAsync("compile templates", () => CompileAsync(theme, options, diagnostics));
        if (compiled is null)
        {
            return Result();
        }

        var routes = new Routes(options.BaseUrl ?? site.Config.BaseUrl);
        var templates = new TemplateEngine(compiled, theme.LayoutsFolder);
        var wording = new Wording(theme.Strings.With(sources.Wording), site);
        // Pages go into the staging folder as they are rendered. A refused output folder is reported after the
        // pages are rendered (into nothing), so that a template's error shows in the same run.
        var (opened, refused) = options.WriteOutput ? timings.Time("write", () => SiteWriter.Open(options.Root, options.OutputFolder, options.Disk)) : (null, null);
        using var staged = opened ?? StagedOutput.Unwritten();
        var rendered = await timings.TimeAsync("render", () => RenderAsync(site, routes, wording, templates, theme, staged, options, diagnostics));
        if (!rendered || !options.WriteOutput)
        {
            return Result();
        }

        if (opened is null)
        {
            return Result() with { Output = refused };
        }

        var problem = timings.Time("write", () => opened.Publish(options.RemoveOldLater));
        var written = problem is null || problem.SiteWritten;
        return written
            ? Result(staged.Pages, staged.Files) with { Output = problem, WithoutHost = !routes.HasOrigin, WithoutHistory = history.Availability is HistoryAvailability.NoRepository or HistoryAvailability.NotCommitted }
            : Result() with { Output = problem };
    }

    /// <summary>
    /// The search index comes first (the search page carries its version), then the pages, the files that are
    /// not pages and the theme's assets, and last the accessibility page, which shows the audit's results only
    /// if they are of exactly these files. Each file goes to <paramref name="staged"/> when it is ready. False
    /// when a template failed or the results are of other pages.
    /// </summary>
    private static async Task<bool> RenderAsync(SiteModel site, Routes routes, Wording wording, TemplateEngine templates, ThemeFiles theme, StagedOutput staged, BuildOptions options, DiagnosticBag diagnostics)
    {
        var searchIndex = SearchIndex.Build(site, routes);
        var phraseBreaks = PhraseBreaksFor(site.Config.Language);
        var (searchFiles, searchVersion) = SearchIndexFiles.Write(searchIndex, wording, phraseBreaks?.Segmenter);
        staged.AddAll(searchFiles, options.Parallel); // Written now, not held while the pages render.
        var plans = new PagePlanner(site, routes, searchIndex, searchVersion, new PageWords(wording)).Plan();
        var renderer = new SiteRenderer(templates, phraseBreaks);
        var audited = plans.Where(p => p.View is not AccessibilityView).ToList();
        if (!await renderer.RenderAsync(audited, staged.Add, diagnostics, theme.RelativeFolder, options.Parallel))
        {
            return false;
        }

        var assets = ScriptJoiner.Join(theme.Assets).Select(ScriptMinifier.Minify);
        staged.AddMade(DataFiles.Makers(site, routes, wording, SiteRenderer.ListedUrls(plans)), options.Parallel);
        staged.AddAll(assets, options.Parallel);
        var report = ReportFor(site.AccessibilityReport, staged.Fingerprint(), diagnostics);
        var accessibility = plans.Select(p => p.View).OfType<AccessibilityView>().Select(v => new PagePlan("Accessibility", v with { Report = report, SitePages = plans.Count })).ToList();
        return await renderer.RenderAsync(accessibility, staged.Add, diagnostics, theme.RelativeFolder, options.Parallel) && !diagnostics.HasErrors;
    }

    /// <summary>Break marks between phrases for a site in Japanese, the one language the phrase model knows.</summary>
    private static PhraseBreaks? PhraseBreaksFor(string language) =>
        language.Equals("ja", StringComparison.OrdinalIgnoreCase) || language.StartsWith("ja-", StringComparison.OrdinalIgnoreCase) ? new PhraseBreaks(PhraseSegmenter.ForJapanese) : null;

    /// <summary>The audit's results when they are of these files; an error, and nothing written, when they are of others.</summary>
    private static AccessibilityReport? ReportFor(AccessibilityReport? report, string fingerprint, DiagnosticBag diagnostics)
    {
        if (report is not null && report.SiteFingerprint != fingerprint)
        {
            diagnostics.Error(SourceLocation.StartOf(report.Path), Problems.AccessibilityReportOfOtherPages(report.Pages));
            return null;
        }

        return report;
    }

    /// <summary>A template that does not compile is a theme problem, reported like any other, not a crash.</summary>
    private static async Task<CompiledTheme?> CompileAsync(ThemeFiles theme, BuildOptions options, DiagnosticBag diagnostics)
    {
        try
        {
            return await CompiledTheme.LoadAsync(theme.LayoutsFolder, options.TemplateCacheFolder);
        }
        catch (TemplateCompileException e)
        {
            diagnostics.Error(new SourceLocation($"{theme.RelativeFolder}/{e.Template}", e.Line, e.Column), Problems.TemplateError(e.Detail));
            return null;
        }
    }
}

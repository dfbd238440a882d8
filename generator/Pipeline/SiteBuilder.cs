using System.Diagnostics;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Output;
using MoriokaSite.Rendering;
using MoriokaSite.Search;
using MoriokaSite.Site;
using MoriokaSite.Validation;

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

        var sources = timings.Time("load", () => SiteLoader.Load(options.Root, diagnostics));
        var parts = timings.Time("validate", () => ModelBuilder.Validate(sources, diagnostics));
        var theme = sources.Config is null ? null : ThemeFiles.Locate(options.Root, sources.Config.Theme, diagnostics);
        if (parts is null || theme is null || diagnostics.HasErrors)
        {
            return Result();
        }

        var site = timings.Time("model", () => ModelBuilder.Link(parts));
        var compiled = await timings.TimeAsync("compile templates", () => CompileAsync(theme, options, diagnostics));
        if (compiled is null)
        {
            return Result();
        }

        var routes = new Routes(options.BaseUrl ?? site.Config.BaseUrl);
        var templates = new TemplateEngine(compiled, theme.LayoutsFolder);
        var files = await timings.TimeAsync("render", () => RenderAsync(site, routes, templates, theme, options, diagnostics));
        if (files is null || !options.WriteOutput)
        {
            return Result();
        }

        var assets = ScriptJoiner.Join(theme.Assets).Select(ScriptMinifier.Minify).ToList();
        var problem = timings.Time("write", () => SiteWriter.Write(options.Root, options.OutputFolder, [.. files, .. assets], options.Disk, options.Parallel));
        var written = problem is null || problem.SiteWritten;
        return written
            ? Result(files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), files.Count + assets.Count) with { Output = problem, WithoutHost = !routes.HasOrigin }
            : Result() with { Output = problem };
    }

    /// <summary>
    /// The search index comes first (the search page carries its version), then the pages, then the
    /// files that are not pages. Null when a template failed.
    /// </summary>
    private static async Task<IReadOnlyList<RenderedFile>?> RenderAsync(SiteModel site, Routes routes, TemplateEngine templates, ThemeFiles theme, BuildOptions options, DiagnosticBag diagnostics)
    {
        var searchIndex = SearchIndex.Build(site, routes);
        var (searchFiles, searchVersion) = SearchIndexFiles.Write(searchIndex, routes);
        var plans = new PagePlanner(site, routes, searchIndex, searchVersion, new PageWords(theme.Strings, site)).Plan();
        var pages = await new SiteRenderer(routes, templates).RenderAsync(plans, diagnostics, theme.RelativeFolder, options.Parallel);
        return pages is null ? null : [.. pages, .. searchFiles, .. DataFiles.Write(site, routes, SiteRenderer.ListedUrls(plans))];
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

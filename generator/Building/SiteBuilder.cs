using System.Diagnostics;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model.Building;
using MoriokaSite.Output;
using MoriokaSite.Rendering;
using RazorLight.Compilation;

namespace MoriokaSite.Building;

/// <summary>A build, top to bottom: load → validate and model → render → write.</summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();

        var sources = SiteLoader.Load(options.Root, diagnostics);
        var site = ModelBuilder.Build(sources, diagnostics);
        var theme = sources.Config is null ? null : ThemeFiles.Locate(options.Root, sources.Config.Theme, diagnostics);
        if (site is null || theme is null || diagnostics.HasErrors)
        {
            return new BuildResult(diagnostics.Sorted(), 0, 0, clock.Elapsed);
        }

        var routes = new Routes(options.BaseUrl ?? site.Config.BaseUrl);
        var files = await RenderAsync(new SiteRenderer(site, routes, new TemplateEngine(theme.LayoutsFolder)), options.Root, diagnostics);
        if (files is null || !options.WriteOutput)
        {
            return new BuildResult(diagnostics.Sorted(), 0, 0, clock.Elapsed);
        }

        SiteWriter.Write(options.OutputFolder, files, theme.Assets);
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics.Sorted(), pages, files.Count + theme.Assets.Count, clock.Elapsed);
    }

    /// <summary>A template that does not compile is a theme problem, reported like any other, not a crash.</summary>
    private static async Task<IReadOnlyList<RenderedFile>?> RenderAsync(SiteRenderer renderer, string root, DiagnosticBag diagnostics)
    {
        try
        {
            return await renderer.RenderAsync();
        }
        catch (TemplateCompilationException e)
        {
            var first = e.CompilationErrors.FirstOrDefault() ?? e.Message;
            diagnostics.Error(SourceLocation.StartOf("themes"), Problems.TemplateError(first));
            return null;
        }
        catch (RazorLight.TemplateNotFoundException e)
        {
            diagnostics.Error(SourceLocation.StartOf("themes"), Problems.TemplateMissing(e.Message));
            return null;
        }
    }
}

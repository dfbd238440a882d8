using System.Runtime.CompilerServices;
using MoriokaSite.Templates;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Rendering;

/// <summary>
/// serve compiles the theme again on every template edit: the compiled themes kept on disk and in memory
/// stay bounded however many edits there are, and a theme no build uses any more is unloaded.
/// </summary>
public sealed class CompiledThemeCacheTests : SiteCopyTests
{
    private readonly TempFolder _cache = new();

    public override void Dispose()
    {
        _cache.Dispose();
        base.Dispose();
    }

    private string Layouts => _site.PathOf("themes/default/layouts");

    [Fact]
    public async Task The_disk_keeps_the_few_most_recently_used_themes_and_the_current_one()
    {
        var files = new List<string>();
        for (var edit = 0; edit < CompiledThemeCache.Kept + 2; edit++)
        {
            Edit(edit);
            await CompiledTheme.LoadAsync(Layouts, _cache.Path);
            files.Add(CurrentFile());
        }

        var kept = Directory.GetFiles(_cache.Path).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files.TakeLast(CompiledThemeCache.Kept).Order(StringComparer.Ordinal), kept);
    }

    [Fact]
    public async Task A_theme_replaced_by_later_edits_is_let_go_by_the_cache_and_unloaded()
    {
        var first = LoadAndForget();

        for (var edit = 1; edit <= CompiledThemeCache.Kept; edit++)
        {
            Edit(edit);
            await CompiledTheme.LoadAsync(Layouts, _cache.Path);
        }

        Assert.True(Collected(first), "the first theme's assembly is still loaded");
    }

    // A theme that rendered pages, with a layout and an included template, as serve's builds do: rendering
    // must leave nothing behind (RazorLight's include is a dynamic call, whose binder keeps what it was given).
    [Fact]
    public void Themes_that_rendered_pages_are_unloaded_once_later_edits_replace_them()
    {
        using var theme = new TempFolder();
        File.WriteAllText(theme["_Layout.cshtml"], "@model string\n<main>@RenderBody()</main>\n");
        File.WriteAllText(theme["_Part.cshtml"], "@model string\n<span>@Model</span>\n");

        var rendered = Enumerable.Range(0, CompiledThemeCache.Kept + 3).Select(edit => RenderAndForget(theme.Path, edit)).ToList();

        var replaced = rendered.SkipLast(CompiledThemeCache.Kept).ToList();
        Assert.All(replaced, assembly => Assert.True(Collected(assembly), "a replaced theme that rendered pages is still loaded"));
    }

    /// <summary>
    /// Compiles a theme of its own, renders a page with it, and returns a weak reference to its assembly.
    /// </summary>
    // Not async, for the reason given at LoadAndForget.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference RenderAndForget(string layouts, int edit)
    {
        File.WriteAllText(Path.Combine(layouts, "Page.cshtml"), $"@model string\n@{{ Layout = \"_Layout\"; }}\n<p>{edit}</p>@{{ await IncludeAsync(\"_Part\", Model); }}\n");
        var theme = Task.Run(() => CompiledTheme.LoadAsync(layouts, _cache.Path)).GetAwaiter().GetResult();
        var html = Task.Run(() => new TemplateEngine(theme, layouts).RenderAsync("Page", "盛岡")).GetAwaiter().GetResult();
        Assert.Equal($"<main><p>{edit}</p><span>盛岡</span>\n</main>\n", html.ReplaceLineEndings("\n"));
        return new WeakReference(theme.Templates.Values.First().Assembly);
    }

    /// <summary>
    /// True once the assembly is unloaded: that takes a collection to finalize the theme's holder and more
    /// to free its load context, so a bounded number of them, not a time.
    /// </summary>
    private static bool Collected(WeakReference assembly)
    {
        for (var i = 0; i < 20 && assembly.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !assembly.IsAlive;
    }

    /// <summary>Loads a theme of its own and returns a weak reference to its assembly.</summary>
    // Not async: a finished async method's task would keep its locals, the theme among them, reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference LoadAndForget()
    {
        Edit(0);
        var theme = Task.Run(() => CompiledTheme.LoadAsync(Layouts, _cache.Path)).GetAwaiter().GetResult();
        return new WeakReference(theme.Templates.Values.First().Assembly);
    }

    // A unique marker per test and edit: no other test shares these themes.
    private void Edit(int edit) => _site.Edit("themes/default/layouts/_Layout.cshtml", text =>
        System.Text.RegularExpressions.Regex.Replace(text, "(<!-- edit .* -->\n)?</body>", $"<!-- edit {edit} {_cache.Path.GetHashCode()} -->\n</body>"));

    private string CurrentFile() => Path.Combine(_cache.Path, CompiledTheme.CacheKey(Directory.GetFiles(Layouts, "*.cshtml").Order(StringComparer.Ordinal).ToList()) + ".dll");
}

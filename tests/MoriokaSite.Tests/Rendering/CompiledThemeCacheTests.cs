using System.Runtime.CompilerServices;
using MoriokaSite.Rendering;
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

    // Only loaded, not rendered with: after a render something in RazorLight still reaches the theme's types
    // (see CompiledThemeCache), which this cache cannot reach. What it can do is not be the one that holds them.
    [Fact]
    public async Task A_theme_replaced_by_later_edits_is_let_go_by_the_cache_and_unloaded()
    {
        var first = LoadAndForget();

        for (var edit = 1; edit <= CompiledThemeCache.Kept; edit++)
        {
            Edit(edit);
            await CompiledTheme.LoadAsync(Layouts, _cache.Path);
        }

        // Unloading takes a collection to finalize the theme's holder and more to free its load context.
        for (var i = 0; i < 20 && first.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(first.IsAlive, "the first theme's assembly is still loaded");
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

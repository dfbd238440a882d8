using MoriokaSite.Templates;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Rendering;

/// <summary>The compiled-template cache: used when the theme is unchanged, never when it has changed.</summary>
public sealed class CompiledThemeTests : SiteCopyTests
{
    private readonly TempFolder _cache = new();

    public override void Dispose()
    {
        _cache.Dispose();
        base.Dispose();
    }

    private string Layouts => _site.PathOf("themes/default/layouts");

    [Fact]
    public async Task An_unchanged_theme_is_loaded_from_the_cache_a_changed_one_is_compiled_again()
    {
        var first = await CompiledTheme.LoadAsync(Layouts, _cache.Path);
        Assert.False(first.FromCache);
        Assert.Contains("_Layout", first.Templates.Keys);
        Assert.Same(first, await CompiledTheme.LoadAsync(Layouts, _cache.Path)); // The same process reuses what it loaded.

        // A new process finds only the file on disk: a fresh cache folder holding just that file plays one.
        using var another = new TempFolder();
        File.Copy(Directory.GetFiles(_cache.Path, "*.dll").Single(), Path.Combine(another.Path, Path.GetFileName(Directory.GetFiles(_cache.Path, "*.dll").Single())));
        var second = await CompiledTheme.LoadAsync(Layouts, another.Path);
        Assert.True(second.FromCache);
        Assert.Equal(first.Templates.Keys.Order(), second.Templates.Keys.Order());

        _site.Edit("themes/default/layouts/_Summary.cshtml", text => text + "\n");
        var third = await CompiledTheme.LoadAsync(Layouts, _cache.Path);
        Assert.False(third.FromCache);
        Assert.Equal(2, Directory.GetFiles(_cache.Path, "*.dll").Length);
    }

    [Fact]
    public async Task A_template_edit_shows_in_the_next_build_even_with_a_warm_cache()
    {
        var options = new MoriokaSite.Pipeline.BuildOptions(_site.Root, _out["a"], null, TemplateCache: _cache.Path);
        Assert.True((await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(options)).Succeeded);
        Assert.DoesNotContain("全事業の一覧です", File.ReadAllText(Path.Combine(_out["a"], "projects/index.html")));

        _site.Edit("themes/default/layouts/ProjectList.cshtml", text => text.Replace("<h1>@Model.Title</h1>", "<h1>@Model.Title</h1>\n<p>全事業の一覧です</p>", StringComparison.Ordinal));
        Assert.True((await MoriokaSite.Pipeline.SiteBuilder.BuildAsync(options with { OutputFolder = _out["b"] })).Succeeded);
        Assert.Contains("全事業の一覧です", File.ReadAllText(Path.Combine(_out["b"], "projects/index.html")));
    }

    [Fact]
    public void The_cache_key_changes_with_a_template_s_content_and_name()
    {
        var files = Directory.GetFiles(Layouts, "*.cshtml").Order(StringComparer.Ordinal).ToList();
        var before = CompiledTheme.CacheKey(files);
        Assert.Equal(before, CompiledTheme.CacheKey(files));

        File.AppendAllText(files[0], " ");
        Assert.NotEqual(before, CompiledTheme.CacheKey(files));
    }

    [Fact]
    public async Task A_compile_error_names_the_template_and_line()
    {
        _site.Edit("themes/default/layouts/Town.cshtml", text => text.Replace("Model.Town.Reading)", "Model.Town.Yomi)", StringComparison.Ordinal));
        var line = _site.Read("themes/default/layouts/Town.cshtml").Split('\n').ToList().FindIndex(l => l.Contains("Yomi")) + 1;
        var error = await Assert.ThrowsAsync<TemplateCompileException>(() => CompiledTheme.LoadAsync(Layouts, _cache.Path));
        Assert.Equal(("Town.cshtml", line), (error.Template, error.Line));
        Assert.Contains("Yomi", error.Detail);
        Assert.Empty(Directory.GetFiles(_cache.Path)); // Nothing half-made is cached.
    }
}

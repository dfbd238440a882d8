using System.Text;
using MoriokaSite.Output;
using MoriokaSite.Routing;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>A theme script kept in parts is published as one file: one download, one closure, parts in file-name order.</summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class ScriptJoinerTests(BuiltSites sites)
{
    private static RenderedFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static string Text(RenderedFile file) => Encoding.UTF8.GetString(file.Content);

    /// <summary>The real search script's parts, as the theme holds them.</summary>
    public static IReadOnlyList<RenderedFile> SearchParts() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "themes", "default", "assets", "search"), "*.js")
            .Select(p => File($"assets/search/{Path.GetFileName(p)}", System.IO.File.ReadAllText(p)))];

    [Fact]
    public void The_parts_of_a_folder_become_one_strict_function_in_file_name_order()
    {
        var other = File("assets/style.css", "a {}\n");
        var joined = ScriptJoiner.Join([File("assets/app/20-b.js", "  b();\n"), other, File("assets/app/10-a.js", "  a();")]);

        Assert.Equal(["assets/style.css", "assets/app.js"], joined.Select(f => f.Path));
        Assert.Same(other, joined[0]);
        Assert.Equal("(() => {\n  'use strict';\n\n  a();\n\n  b();\n})();\n", Text(joined[1]));
    }

    [Fact]
    public void Only_scripts_directly_in_a_folder_are_parts_and_the_joined_script_replaces_a_file_of_its_name()
    {
        var assets = new[]
        {
            File("assets/app.js", "old();\n"),
            File("assets/app/10-a.js", "\uFEFF  a();\n"),
            File("assets/app/notes.txt", "not a script\n"),
            File("assets/app/deeper/x.js", "x();\n"),
            File("assets/search-box.js", "box();\n"),
        };
        var joined = ScriptJoiner.Join(assets);

        Assert.Equal(["assets/app/notes.txt", "assets/app/deeper/x.js", "assets/search-box.js", "assets/app.js"], joined.Select(f => f.Path));
        Assert.Equal("(() => {\n  'use strict';\n\n  a();\n})();\n", Text(joined[^1]));
    }

    [Fact]
    public void The_real_search_parts_join_into_a_script_the_minifier_reads_whole_and_the_same_every_time()
    {
        var parts = SearchParts();
        Assert.True(parts.Count > 1, $"{parts.Count} parts");
        var script = Assert.Single(ScriptJoiner.Join(parts));
        Assert.Equal("assets/search.js", script.Path);
        Assert.Equal(script.Content, ScriptJoiner.Join([.. parts.Reverse()])[0].Content);

        // A part stops with a bare `return` off the search page: the minifier reads it only inside the function.
        var minified = ScriptMinifier.Minify(script);
        Assert.NotSame(script, minified);
        Assert.Contains("window.MoriokaSearch=", Text(minified));
    }

    [Fact]
    public void The_built_site_publishes_search_js_and_not_its_parts()
    {
        var assets = Path.Combine(sites.SubPathBuild, "assets");
        Assert.Contains("MoriokaSearch", System.IO.File.ReadAllText(Path.Combine(assets, "search.js")));
        Assert.False(Directory.Exists(Path.Combine(assets, "search")));
    }
}

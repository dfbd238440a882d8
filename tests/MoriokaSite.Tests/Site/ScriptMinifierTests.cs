using System.Text;
using MoriokaSite.Output;
using MoriokaSite.Routing;

namespace MoriokaSite.Tests.Site;

/// <summary>Scripts are published without their comments; anything else, and a script NUglify cannot read, as written.</summary>
public sealed class ScriptMinifierTests
{
    private static RenderedFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_script_loses_its_comments_and_keeps_its_meaning()
    {
        var minified = Encoding.UTF8.GetString(ScriptMinifier.Minify(File("assets/a.js", "// Why this is so.\nconst answer = 40 + 2;\nconsole.log(answer);\n")).Content);
        Assert.DoesNotContain("Why", minified);
        Assert.Contains("console.log(", minified);
        Assert.True(minified.Length < 40, minified);
    }

    [Fact]
    public void A_script_it_cannot_read_and_other_files_are_kept_byte_for_byte()
    {
        var broken = File("assets/b.js", "function ( {\n");
        Assert.Same(broken, ScriptMinifier.Minify(broken));
        var css = File("assets/style.css", "/* keep */ a { color: red; }\n");
        Assert.Same(css, ScriptMinifier.Minify(css));
    }

    [Fact]
    public void The_real_search_script_is_minified_the_same_way_every_time()
    {
        var source = ScriptJoiner.Join(ScriptJoinerTests.SearchParts()).Single();
        var once = ScriptMinifier.Minify(source).Content;
        Assert.Equal(once, ScriptMinifier.Minify(source).Content);
        Assert.True(once.Length < source.Content.Length * 0.6, $"{once.Length} of {source.Content.Length} bytes");
    }
}

using System.Text;
using MoriokaSite.Routing;
using NUglify;

namespace MoriokaSite.Output;

/// <summary>
/// The theme's scripts as visitors download them: without comments and spaces. The search page's
/// first query waits for search.js, whose comments explain it to the theme's readers, not to browsers.
/// NUglify (a maintained port of Microsoft's Ajax Minifier) does it; a script it cannot read is
/// published as written, never half-minified.
/// </summary>
public static class ScriptMinifier
{
    public static RenderedFile Minify(RenderedFile file)
    {
        if (!file.Path.EndsWith(".js", StringComparison.Ordinal))
        {
            return file;
        }

        var result = Uglify.Js(Encoding.UTF8.GetString(file.Content));
        return result.HasErrors || result.Code is null ? file : file with { Content = Encoding.UTF8.GetBytes(result.Code + "\n") };
    }
}

using System.Text;
using MoriokaSite.Routing;

namespace MoriokaSite.Output;

/// <summary>
/// A theme script kept as several files, one concern each, published as the one file its page loads: a
/// page's first query should wait for one download, not ten. The .js files directly in a folder of the
/// theme's assets (assets/search/10-text.js, 20-index.js, …) are joined in file-name order into one
/// strict function, published under the folder's name (assets/search.js), so the parts share one closure
/// as they would in one file and the page's other scripts see none of their names. The joined script
/// replaces a file of the same name; <see cref="ScriptMinifier"/> then minifies it as a whole.
/// </summary>
public static class ScriptJoiner
{
    public static IReadOnlyList<RenderedFile> Join(IReadOnlyList<RenderedFile> assets)
    {
        var joined = assets.Where(a => ScriptOf(a.Path) is not null)
            .GroupBy(a => ScriptOf(a.Path)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RenderedFile(g.Key, Wrap(g.OrderBy(a => a.Path, StringComparer.Ordinal))))
            .ToList();
        var replaced = joined.Select(j => j.Path).ToHashSet(StringComparer.Ordinal);
        return [.. assets.Where(a => ScriptOf(a.Path) is null && !replaced.Contains(a.Path)), .. joined];
    }

    /// <summary>"assets/search.js" for "assets/search/10-text.js"; null for a file that is not a part.</summary>
    private static string? ScriptOf(string path)
    {
        var parts = path.Split('/');
        return parts is ["assets", var folder, var file] && file.EndsWith(".js", StringComparison.Ordinal) ? $"assets/{folder}.js" : null;
    }

    private static byte[] Wrap(IEnumerable<RenderedFile> parts)
    {
        var script = new StringBuilder("(() => {\n  'use strict';\n");
        foreach (var part in parts)
        {
            // An editor on Windows may save a byte order mark, which would land in the middle of the script.
            var text = Encoding.UTF8.GetString(part.Content).TrimStart('\uFEFF');
            script.Append('\n').Append(text);
            if (!text.EndsWith('\n'))
            {
                script.Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(script.Append("})();\n").ToString());
    }
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Rendering;

namespace MoriokaSite.Building;

/// <summary>Where the configured theme's templates and assets are, checked before anything is rendered.</summary>
public sealed record ThemeFiles(string LayoutsFolder, string RelativeFolder, IReadOnlyList<(string Source, string Target)> Assets)
{
    public static ThemeFiles? Locate(string root, string theme, DiagnosticBag diagnostics)
    {
        var folder = $"themes/{theme}";
        var layouts = Path.Combine(root, folder, "layouts");
        var missing = SiteRenderer.Templates.Where(t => !File.Exists(Path.Combine(layouts, t + ".cshtml"))).ToList();
        foreach (var template in missing)
        {
            diagnostics.Error(SourceLocation.StartOf($"{folder}/layouts/{template}.cshtml"), Problems.TemplateMissing($"{template}.cshtml"));
        }

        if (missing.Count > 0)
        {
            return null;
        }

        var assetsFolder = Path.Combine(root, folder, "assets");
        var assets = Directory.Exists(assetsFolder)
            ? Directory.GetFiles(assetsFolder, "*", SearchOption.AllDirectories)
                .Select(f => (f, "assets/" + Path.GetRelativePath(assetsFolder, f).Replace(Path.DirectorySeparatorChar, '/')))
                .OrderBy(a => a.Item2, StringComparer.Ordinal)
                .ToList()
            : [];
        return new ThemeFiles(layouts, $"{folder}/layouts", assets);
    }
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Rendering;
using MoriokaSite.Site;

namespace MoriokaSite.Pipeline;

/// <summary>
/// The configured theme's templates, checked before anything is rendered, and its assets, read now so that
/// nothing is read while writing. Both only where they really are inside the site: a linked asset is
/// published as it is, so a link to /proc/self/environ would publish the build's secrets. Its page wording
/// (strings.json) is read and checked now too, so that a missing key is reported before any page is made.
/// </summary>
public sealed record ThemeFiles(string LayoutsFolder, string RelativeFolder, IReadOnlyList<RenderedFile> Assets, ThemeStrings Strings)
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

        // Every template is compiled, and its text can end up in the pages, so each is checked like an asset.
        // A link that leads out is reported, and a build stops at any error before it renders.
        foreach (var template in InsideSite.Files(root, $"{folder}/layouts", ".cshtml", recursive: false, diagnostics))
        {
            InsideSite.Locate(root, template, diagnostics, whenMissing: null);
        }

        var strings = ThemeStringsLoader.Load(root, folder, diagnostics);
        var assets = ReadAssets(root, $"{folder}/assets", diagnostics);
        return missing.Count > 0 || strings is null ? null : new ThemeFiles(layouts, $"{folder}/layouts", assets, strings);
    }

    /// <summary>Every asset as it will be published; one that cannot be read is reported and left out.</summary>
    private static List<RenderedFile> ReadAssets(string root, string assetsFolder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(Path.Combine(root, assetsFolder)))
        {
            return [];
        }

        var assets = new List<RenderedFile>();
        foreach (var asset in InsideSite.Files(root, assetsFolder, string.Empty, recursive: true, diagnostics))
        {
            if (InsideSite.ReadBytes(root, asset, diagnostics, whenMissing: null) is { } bytes)
            {
                assets.Add(new RenderedFile(Routes.AssetPath(asset[(assetsFolder.Length + 1)..]), bytes));
            }
        }

        return assets;
    }
}

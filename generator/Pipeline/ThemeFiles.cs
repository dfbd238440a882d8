using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Rendering;
using MoriokaSite.Routing;

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
        var layouts = $"{folder}/layouts";
        var templates = InsideSite.Files(root, layouts, ".cshtml", recursive: false, diagnostics);

        // A folder that cannot be read is reported for itself: its templates are out of reach, not missing.
        var readable = InsideSite.CanRead(root, layouts, diagnostics);
        var missing = readable ? SiteRenderer.Templates.Where(t => !templates.Contains($"{layouts}/{t}.cshtml", StringComparer.Ordinal)).ToList() : [];
        foreach (var template in missing)
        {
            diagnostics.Error(SourceLocation.StartOf($"{layouts}/{template}.cshtml"), Problems.TemplateMissing($"{template}.cshtml"));
        }

        // Every template is compiled, and its text can end up in the pages, so each is read like an asset.
        // A link that leads out is reported, and a build stops at any error before it renders.
        var unusable = templates.Count(t => !IsUsable(root, t, diagnostics));

        var strings = ThemeStringsLoader.Load(root, folder, diagnostics);
        var assets = ReadAssets(root, $"{folder}/assets", diagnostics);
        return !readable || missing.Count > 0 || unusable > 0 || strings is null ? null : new ThemeFiles(Path.Combine(root, layouts), layouts, assets, strings);
    }

    /// <summary>
    /// Whether a template can be compiled as written: readable, and UTF-8 throughout. Razor reads a broken
    /// byte as U+FFFD without a word, and the layout and its partials are on every page.
    /// </summary>
    private static bool IsUsable(string root, string template, DiagnosticBag diagnostics)
    {
        var bytes = InsideSite.ReadBytes(root, template, diagnostics, Problems.TemplateMissing(Path.GetFileName(template)));
        if (bytes is not null && Utf8Check.Of(bytes) is { } broken)
        {
            diagnostics.Error(new SourceLocation(template, broken.Line, broken.Column), Problems.TemplateNotUtf8());
            return false;
        }

        return bytes is not null;
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
                assets.Add(new RenderedFile(SitePaths.Asset(asset[(assetsFolder.Length + 1)..]).OutputFile, bytes));
            }
        }

        return assets;
    }
}

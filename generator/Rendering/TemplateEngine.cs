using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;

namespace MoriokaSite.Rendering;

/// <summary>
/// The theme's Razor templates, compiled once by RazorLight and rendered with view models.
/// </summary>
public sealed class TemplateEngine
{
    // Razor's default encoder escapes every non-ASCII character (盛 → &#x76DB;), tripling the size of
    // Japanese pages. Encoding markup characters is what protects the page; letters need no escaping.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly RazorLightEngine _engine;

    public TemplateEngine(string layoutsFolder)
    {
        LayoutsFolder = layoutsFolder;
        _engine = new RazorLightEngineBuilder()
            .UseFileSystemProject(layoutsFolder, ".cshtml")
            .SetOperatingAssembly(typeof(TemplateEngine).Assembly)
            .UseMemoryCachingProvider()

            // RazorLight does not read _ViewImports.cshtml: the namespaces templates use are given here.
            .AddDefaultNamespaces("MoriokaSite.Model", "MoriokaSite.Rendering", "MoriokaSite.Rendering.Views")
            .AddPrerenderCallbacks(page => ((TemplatePageBase)page).HtmlEncoder = Encoder)
            .Build();
    }

    public string LayoutsFolder { get; }

    public bool Exists(string template) => File.Exists(Path.Combine(LayoutsFolder, template + ".cshtml"));

    public Task<string> RenderAsync<TModel>(string template, TModel model) => _engine.CompileRenderAsync(template, model);
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorLight;

namespace MoriokaSite.Templates;

/// <summary>
/// Renders view models with the compiled theme. RazorLight runs the pages (layouts, partials,
/// encoding); its template cache is filled up front from <see cref="CompiledTheme"/>, so it never compiles.
/// </summary>
public sealed class TemplateEngine
{
    // Razor's default encoder escapes every non-ASCII character (盛 → &#x76DB;), tripling the size of
    // Japanese pages. Encoding markup characters is what protects the page; letters need no escaping.
    // The wording's HTML (PageWords.Html) is encoded alike, so that a sentence reads the same either way.
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly RazorLightEngine _engine;

    public TemplateEngine(CompiledTheme theme, string layoutsFolder)
    {
        _engine = new RazorLightEngineBuilder()
            .UseFileSystemProject(layoutsFolder, ".cshtml")
            .SetOperatingAssembly(typeof(TemplateEngine).Assembly)
            .UseCachingProvider(new CompiledThemeCache(theme))
            .AddPrerenderCallbacks(page => ((TemplatePageBase)((ThemePage)page).Page).HtmlEncoder = Encoder)
            .Build();
    }

    public Task<string> RenderAsync<TModel>(string template, TModel model) => _engine.CompileRenderAsync(template, model);
}

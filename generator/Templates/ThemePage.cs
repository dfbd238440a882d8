using Microsoft.AspNetCore.Html;
using RazorLight;
using RazorLight.Internal;

namespace MoriokaSite.Templates;

/// <summary>
/// A page of the compiled theme, as RazorLight is handed it: every member is the page's own.
/// <para>
/// Why not the page itself: RazorLight renders an included template (IncludeAsync) through a dynamic call
/// (TemplateRenderer passes the dynamic ViewBag to RenderIncludedTemplateAsync), and the C# runtime binder
/// keeps each call's compiled rules for the life of the process, in its static binder cache and in the call
/// site, each rule checking the exact type of every argument. Given the theme's own page types, those rules
/// kept the types, hence the load context, of the last ten or so themes that rendered a page: serve, which
/// compiles a new theme on each template edit, kept that many more assemblies loaded than it meant to.
/// Given this type, from the generator's assembly, the rules name no type of the theme (a model passed to
/// IncludeAsync must not be of a type the theme itself declares, for the same reason).
/// </para>
/// </summary>
public sealed class ThemePage(ITemplatePage page) : ITemplatePage
{
    /// <summary>The template's own page, of a type in the theme's assembly.</summary>
    public ITemplatePage Page => page;

    public PageContext PageContext
    {
        get => page.PageContext;
        set => page.PageContext = value;
    }

    public IHtmlContent BodyContent
    {
        get => page.BodyContent;
        set => page.BodyContent = value;
    }

    public bool DisableEncoding
    {
        get => page.DisableEncoding;
        set => page.DisableEncoding = value;
    }

    public string Key
    {
        get => page.Key;
        set => page.Key = value;
    }

    public bool IsLayoutBeingRendered
    {
        get => page.IsLayoutBeingRendered;
        set => page.IsLayoutBeingRendered = value;
    }

    public string Layout
    {
        get => page.Layout;
        set => page.Layout = value;
    }

    public IDictionary<string, RenderAsyncDelegate> PreviousSectionWriters
    {
        get => page.PreviousSectionWriters;
        set => page.PreviousSectionWriters = value;
    }

    public IDictionary<string, RenderAsyncDelegate> SectionWriters => page.SectionWriters;

    /// <summary>RazorLight sets it before each page runs; it is handed on counted, so that includes cannot recurse for ever.</summary>
    public Func<string, object, Task> IncludeFunc
    {
        get => page.IncludeFunc;
        set => page.IncludeFunc = IncludeDepth.Guard(value);
    }

    public void SetModel(object model) => page.SetModel(model);

    public Task ExecuteAsync() => page.ExecuteAsync();

    public void EnsureRenderedBodyOrSections() => page.EnsureRenderedBodyOrSections();
}

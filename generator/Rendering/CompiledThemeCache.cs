using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;

namespace MoriokaSite.Rendering;

/// <summary>
/// RazorLight's template cache, answered from the compiled theme. RazorLight asks for a template under
/// several spellings ("Home", "_Layout.cshtml", "/_Layout.cshtml"); each resolves to the template's name.
/// A template the theme lacks is refused, to be reported at the line that asked for it, instead of being compiled behind our back.
/// </summary>
public sealed class CompiledThemeCache(CompiledTheme theme) : ICachingProvider
{
    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        var name = NameOf(key);
        if (!theme.Templates.TryGetValue(name, out var type))
        {
            throw new MissingPartialException(name, theme.Templates.Keys);
        }

        return new TemplateCacheLookupResult(new TemplateCacheItem(name, () =>
        {
            var page = (ITemplatePage)Activator.CreateInstance(type)!;
            page.Key = name;
            return page;
        }));
    }

    public bool Contains(string key) => theme.Templates.ContainsKey(NameOf(key));

    // The theme is compiled up front; nothing is added at render time.
    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken)
    {
    }

    public void Remove(string key)
    {
    }

    private static string NameOf(string key) => Path.GetFileNameWithoutExtension(key.Replace('\\', '/').Split('/')[^1]);
}

using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;

namespace MoriokaSite.Templates;

/// <summary>
/// RazorLight's template cache, answered from the compiled theme. RazorLight asks for a template under
/// several spellings ("Home", "_Layout.cshtml", "/_Layout.cshtml"); each resolves to the template's name.
/// A template the theme lacks is refused, to be reported at the line that asked for it, instead of being compiled behind our back.
/// <para>
/// Its static side keeps the compiled themes themselves, bounded: serve compiles the theme again on each
/// template edit, and without a bound each edit would leave one more assembly in memory and one more file
/// on disk for good. Each theme is loaded in a collectible load context of its own, unloaded once no build
/// holds the theme any more; the disk keeps the few most recently used per cache folder.
/// </para>
/// <para>
/// Nothing else may keep a theme's types: RazorLight hands the pages it renders to a dynamic call (an include),
/// whose rules the C# runtime binder keeps for good, so it is given each page wrapped in a <see cref="ThemePage"/>.
/// </para>
/// </summary>
public sealed class CompiledThemeCache(CompiledTheme theme) : ICachingProvider
{
    /// <summary>Themes kept in memory, and files kept on disk per cache folder: the current one and a few to go back to.</summary>
    public const int Kept = 3;

    private static readonly Lock Gate = new();
    private static readonly List<(string File, CompiledTheme Theme)> Recent = [];
    private static readonly ConditionalWeakTable<CompiledTheme, Unloader> Contexts = new();

    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        var name = NameOf(key);
        if (!theme.Templates.TryGetValue(name, out var type))
        {
            throw new MissingPartialException(name, theme.Templates.Keys);
        }

        return new TemplateCacheLookupResult(new TemplateCacheItem(name, () =>
        {
            var page = new ThemePage((ITemplatePage)Activator.CreateInstance(type)!);
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

    /// <summary>The theme this process loaded from <paramref name="file"/>, if it is still kept.</summary>
    public static CompiledTheme? Find(string file)
    {
        lock (Gate)
        {
            var at = Recent.FindIndex(r => r.File == file);
            if (at < 0)
            {
                return null;
            }

            var found = Recent[at];
            Recent.RemoveAt(at);
            Recent.Insert(0, found);
            return found.Theme;
        }
    }

    /// <summary>Loads a compiled theme's assembly in a load context of its own and keeps the theme made from it.</summary>
    public static CompiledTheme Load(string file, byte[] assembly, Func<Assembly, CompiledTheme> theme)
    {
        var context = new AssemblyLoadContext($"MoriokaSite.Theme {Path.GetFileName(file)}", isCollectible: true);
        using var stream = new MemoryStream(assembly);
        var loaded = theme(context.LoadFromStream(stream));
        Contexts.Add(loaded, new Unloader(context));
        lock (Gate)
        {
            if (Recent.FindIndex(r => r.File == file) is var at and >= 0)
            {
                return Recent[at].Theme; // A parallel build loaded it first.
            }

            Recent.Insert(0, (file, loaded));
            if (Recent.Count > Kept)
            {
                Recent.RemoveRange(Kept, Recent.Count - Kept);
            }
        }

        return loaded;
    }

    /// <summary>The cached assembly's bytes, or null when there is none (or another build just removed it).</summary>
    public static byte[]? Read(string file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow); // Used now: the last to be removed.
            return bytes;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Writes a compiled assembly, whole or not at all, and removes the folder's least recently used beyond <see cref="Kept"/>.</summary>
    public static void Write(string file, byte[] assembly)
    {
        var folder = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(folder);
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, assembly);
        File.Move(temporary, file, overwrite: true); // Atomic: a parallel build never reads half a file.

        var older = new DirectoryInfo(folder).GetFiles("*.dll")
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .Skip(Kept);
        foreach (var stale in older)
        {
            try
            {
                stale.Delete();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another build removing it too, or a file in use on Windows: the next write tries again.
            }
        }
    }

    private static string NameOf(string key) => Path.GetFileNameWithoutExtension(key.Replace('\\', '/').Split('/')[^1]);

    /// <summary>Lives exactly as long as its theme; when the theme is collected, its load context is let go too.</summary>
    private sealed class Unloader(AssemblyLoadContext context)
    {
        ~Unloader() => context.Unload();
    }
}

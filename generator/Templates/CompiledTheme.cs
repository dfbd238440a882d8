using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Razor.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using MoriokaSite.Loading;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace MoriokaSite.Templates;

/// <summary>
/// The theme's templates compiled into one assembly. Compiling costs seconds (Roslyn's start-up
/// dominates a small build), so the assembly is kept on disk, keyed by the templates' content and
/// the generator's own build: unchanged templates load in milliseconds, a changed one is never stale.
/// </summary>
public sealed class CompiledTheme
{
    /// <summary>The namespaces templates use without an @using (RazorLight does not read _ViewImports.cshtml).</summary>
    public static readonly string[] Namespaces = ["MoriokaSite.Model", "MoriokaSite.Markup", "MoriokaSite.Views", "MoriokaSite.Words"];

    /// <summary>The compiled templates' assembly: a stack frame in it is a frame of a template.</summary>
    public const string AssemblyName = "MoriokaSite.Theme";

    private CompiledTheme(IReadOnlyDictionary<string, Type> templates, bool fromCache)
    {
        Templates = templates;
        FromCache = fromCache;
    }

    /// <summary>Each template's page type, by name without extension ("Home", "_Layout").</summary>
    public IReadOnlyDictionary<string, Type> Templates { get; }

    /// <summary>True when the compiled assembly came from the disk cache.</summary>
    public bool FromCache { get; }

    /// <summary>Loads the compiled templates from the cache, or compiles them all in one batch and caches the result.</summary>
    /// <exception cref="TemplateCompileException">When a template has a compile error.</exception>
    public static async Task<CompiledTheme> LoadAsync(string layoutsFolder, string cacheFolder)
    {
        // Only ordinary files: a named pipe would hold the build for ever (loading has warned about it).
        var files = Directory.GetFiles(layoutsFolder, "*.cshtml").Where(PathKind.IsOrdinaryFile).Order(StringComparer.Ordinal).ToList();
        var key = CacheKey(files);
        var cached = Path.Combine(cacheFolder, key + ".dll");

        // serve rebuilds in one process: the theme already loaded (and its code already JIT-compiled) is reused.
        if (CompiledThemeCache.Find(cached) is { } loaded)
        {
            return loaded;
        }

        if (CompiledThemeCache.Read(cached) is { } stored)
        {
            return CompiledThemeCache.Load(cached, stored, assembly => new CompiledTheme(TypesOf(assembly), fromCache: true));
        }

        var bytes = await CompileAsync(layoutsFolder, files);
        CompiledThemeCache.Write(cached, bytes);
        return CompiledThemeCache.Load(cached, bytes, assembly => new CompiledTheme(TypesOf(assembly), fromCache: false));
    }

    /// <summary>The templates' names and content, and the generator's build (its module version id changes with its code).</summary>
    public static string CacheKey(IReadOnlyList<string> templateFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(typeof(CompiledTheme).Assembly.ManifestModule.ModuleVersionId.ToString()));
        hash.AppendData(Encoding.UTF8.GetBytes(typeof(RazorLightEngine).Assembly.GetName().Version?.ToString() ?? string.Empty));
        foreach (var file in templateFiles)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\0" + Path.GetFileName(file) + "\0"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task<byte[]> CompileAsync(string layoutsFolder, IReadOnlyList<string> files)
    {
        var project = new FileSystemRazorProject(layoutsFolder, ".cshtml");
        var generator = new RazorSourceGenerator(RazorLightRazorEngine(), project, new HashSet<string>(Namespaces));
        var compiler = new RoslynCompilationService(new DefaultMetadataReferenceManager(), typeof(CompiledTheme).Assembly);

        var trees = new List<SyntaxTree>();
        for (var i = 0; i < files.Count; i++)
        {
            var name = Path.GetFileName(files[i]);
            var generated = await GenerateAsync(generator, name);

            // RazorLight names every template class the same; one assembly needs one namespace per template.
            var source = generated.GeneratedCode.Replace("RazorLight.CompiledTemplates", $"{AssemblyName}.T{i:D3}", StringComparison.Ordinal);
            trees.Add(compiler.CreateSyntaxTree(SourceText.From(source, Encoding.UTF8)).WithFilePath(name));
        }

        var compilation = compiler.CreateCompilation(AssemblyName).AddSyntaxTrees(trees);
        using var stream = new MemoryStream();

        // The line table goes into the assembly, so that a template that fails while rendering is reported at its line.
        var result = compilation.Emit(stream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!result.Success)
        {
            var error = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            var span = error.Location.GetMappedLineSpan();

            // Code Razor adds around the template (after a throw, say) maps to no line of it: the file is still known.
            var (line, column) = span.HasMappedPath ? (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1) : (1, 1);
            throw new TemplateCompileException(Path.GetFileName(span.Path), line, column, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        return stream.ToArray();
    }

    /// <summary>Razor's own syntax errors (an unclosed @{ or tag) come before C#, from the code generator.</summary>
    private static async Task<IGeneratedRazorTemplate> GenerateAsync(RazorSourceGenerator generator, string name)
    {
        try
        {
            return await generator.GenerateCodeAsync(name);
        }
        catch (TemplateGenerationException e) when (e.Diagnostics.Count > 0)
        {
            var error = e.Diagnostics.FirstOrDefault(d => d.Severity == RazorDiagnosticSeverity.Error) ?? e.Diagnostics[0];
            var line = error.Span.LineIndex >= 0 ? error.Span.LineIndex + 1 : 1;
            var column = error.Span.CharacterIndex >= 0 ? error.Span.CharacterIndex + 1 : 1;
            throw new TemplateCompileException(name, line, column, error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static Dictionary<string, Type> TypesOf(Assembly assembly) =>
        assembly.GetCustomAttributes<RazorLightTemplateAttribute>()
            .ToDictionary(a => Path.GetFileNameWithoutExtension(a.Key), a => a.TemplateType, StringComparer.Ordinal);

    // RazorLight keeps its configured Razor engine (model directive, base class, sections) internal;
    // generating the same code as RazorLight itself means using that very engine.
    private static RazorEngine RazorLightRazorEngine() =>
        (RazorEngine)typeof(RazorLightEngine).Assembly.GetType("RazorLight.DefaultRazorEngine", throwOnError: true)!
            .GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;
}

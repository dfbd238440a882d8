using System.Text;
using MoriokaSite.Config;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Modelling;
using MoriokaSite.Pipeline;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// A copy of the frozen 2015 site (<see cref="Morioka2015"/>) and the repository's theme in a temporary folder,
/// for a test to change or break one thing in and see what the generator says about it.
/// </summary>
public sealed class SiteCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    public SiteCopy()
    {
        Morioka2015.CopyTo(Root);
    }

    public string Root => _folder.Path;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text, new UTF8Encoding(true));
    }

    public void Edit(string relative, Func<string, string> change)
    {
        var before = Read(relative);
        var after = change(before);
        Assert.NotEqual(before, after); // An edit that changes nothing would make the test pass for the wrong reason.
        Write(relative, after);
    }

    /// <summary>Replaces one whole line (1-based) of a file.</summary>
    public void ReplaceLine(string relative, int line, string text) => Edit(relative, content =>
    {
        var lines = content.Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines);
    });

    public int LineOf(string relative, string startsWith) =>
        Read(relative).Split('\n').Select((l, i) => (l, i)).First(x => x.l.TrimStart('\uFEFF').StartsWith(startsWith, StringComparison.Ordinal)).i + 1;

    /// <summary>Loads and validates without rendering: what every content diagnostic needs.</summary>
    public (SiteModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Validate()
    {
        var diagnostics = new DiagnosticBag();
        var model = ModelBuilder.Build(SiteLoader.Load(Root, diagnostics), diagnostics);
        return (model, diagnostics.Sorted());
    }

    public Task<BuildResult> BuildAsync(string output, string? baseUrl = null) =>
        SiteBuilder.BuildAsync(new BuildOptions(Root, output, baseUrl is null ? null : BaseUrl.Parse(baseUrl)));

    public void Dispose() => _folder.Dispose();
}

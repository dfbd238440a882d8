using System.Text.RegularExpressions;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Architecture;

/// <summary>
/// The generator's folders depend one way: each uses only folders in layers below its own, so the build
/// reads top-down (load → validate → model → render → write) and no folder reaches back into a later
/// stage. A dependency is a <c>using MoriokaSite.X</c> line or a name written out as <c>MoriokaSite.X.Type</c>.
/// </summary>
public sealed partial class FolderDependencyTests
{
    /// <summary>Bottom to top. Folders in one layer may not use each other. "" is Program.cs at the top.</summary>
    private static readonly string[][] Layers =
    [
        ["Text", "Diagnostics"],
        ["Config"],
        ["Loading"],
        ["Model"],
        ["History"],
        ["Site"],
        ["Search"],
        ["Rendering"],
        ["Validation", "Output"],
        ["Pipeline", "Editing"],
        ["Commands"],
        [""],
    ];

    private static readonly string Generator = Path.Combine(Repository.Root, "generator");

    [Fact]
    public void Every_folder_uses_only_the_layers_below_it()
    {
        var graph = FolderGraph();
        var upward = graph
            .Where(edge => LayerOf(edge.To) >= LayerOf(edge.From))
            .Select(edge => $"{edge.File} uses MoriokaSite.{edge.To}, which is not below {Shown(edge.From)}")
            .ToList();

        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    [Fact]
    public void Every_folder_has_a_place_in_the_layers()
    {
        var folders = SourceFiles().Select(f => FolderOf(f)).Distinct(StringComparer.Ordinal);

        Assert.All(folders, folder => Assert.True(LayerOf(folder) >= 0, $"{Shown(folder)} is in no layer: add it to {nameof(Layers)}"));
    }

    [Fact]
    public void Every_file_is_in_the_namespace_of_its_folder()
    {
        // Otherwise a file could use a later stage unnoticed by declaring that stage's namespace.
        var misplaced = SourceFiles()
            .Select(file => (File: file, Folder: FolderOf(file), Namespace: NamespaceLine().Match(File.ReadAllText(file))))
            .Where(f => f.Namespace.Success && f.Namespace.Groups["folder"].Value != f.Folder)
            .Select(f => $"{Relative(f.File)} declares MoriokaSite.{f.Namespace.Groups["folder"].Value}")
            .ToList();

        Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
    }

    [Fact]
    public void The_graph_is_read_from_the_real_sources()
    {
        // Guards the tests above against passing on an empty graph: these edges are the pipeline's own.
        var graph = FolderGraph().Select(edge => (edge.From, edge.To)).ToHashSet();

        Assert.Contains(("Pipeline", "Rendering"), graph);
        Assert.Contains(("Validation", "Loading"), graph);
        Assert.Contains(("", "Commands"), graph);
    }

    [Fact]
    public void A_model_file_that_uses_rendering_is_caught()
    {
        var edges = Uses("Model", "generator/Model/Example.cs", "using MoriokaSite.Diagnostics;\nusing MoriokaSite.Rendering;\n\nnamespace MoriokaSite.Model;\n");

        Assert.Contains(edges, edge => edge.To == "Rendering" && LayerOf(edge.To) >= LayerOf(edge.From));
    }

    [Fact]
    public void A_name_written_out_with_its_namespace_counts_as_a_use()
    {
        var edges = Uses("Search", "generator/Search/Example.cs", "namespace MoriokaSite.Search;\n\n/// <see cref=\"MoriokaSite.Output.SiteWriter\"/>\nclass A { object b = new MoriokaSite.Rendering.PagePlan(); }\n");

        Assert.Equal(["Rendering"], edges.Select(edge => edge.To));
    }

    private static List<(string From, string To, string File)> FolderGraph() =>
        SourceFiles().SelectMany(file => Uses(FolderOf(file), Relative(file), File.ReadAllText(file))).ToList();

    private static IEnumerable<(string From, string To, string File)> Uses(string folder, string file, string text)
    {
        var code = string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return UsingLine().Matches(code).Concat(QualifiedName().Matches(code))
            .Select(m => m.Groups["folder"].Value)
            .Where(to => to != folder)
            .Distinct(StringComparer.Ordinal)
            .Select(to => (folder, to, file));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Generator, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Relative(f).Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');

    /// <summary>The top folder under generator/, or "" for a file directly in it.</summary>
    private static string FolderOf(string file)
    {
        var parts = Path.GetRelativePath(Generator, file).Replace('\\', '/').Split('/');
        return parts.Length == 1 ? string.Empty : parts[0];
    }

    private static int LayerOf(string folder) => Array.FindIndex(Layers, layer => layer.Contains(folder, StringComparer.Ordinal));

    private static string Shown(string folder) => folder.Length == 0 ? "generator/" : $"generator/{folder}/";

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?MoriokaSite\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    // Not the namespace's own declaration, and not the test project's names.
    [GeneratedRegex(@"(?<!namespace\s+)(?<![\w.])MoriokaSite\.(?!Tests\b)(?<folder>\w+)\.", RegexOptions.Multiline)]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^namespace\s+MoriokaSite(\.(?<folder>\w+))?", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}

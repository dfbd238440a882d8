using System.Text.RegularExpressions;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Architecture;

/// <summary>
/// The generator's folders depend one way: each uses only folders in layers below its own, so the build
/// reads top-down (load → model → plan → render → write) and no folder reaches back into a later
/// stage; folders inside folders too, at any depth, use each other one way. A dependency is a
/// <c>using MoriokaSite.X</c> line, a name written out as <c>MoriokaSite.X.Type</c>, or the name of a type
/// the file sees without a using: one of an enclosing namespace's (Commands.Preview sees Commands' types).
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
        ["Markup", "Routing", "Templates"],
        ["Charts"],
        ["Words"],
        ["Search", "Output"],
        ["Modelling"],
        ["History"],
        ["Views"],
        ["Planning"],
        ["Rendering"],
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
    public void No_folders_use_each_other_at_any_depth()
    {
        var cycles = Enumerable.Range(1, MaxDepth()).SelectMany(depth => Cycles(NamespaceGraph(), depth)).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(cycles.Count == 0, string.Join("\n", cycles));
    }

    [Fact]
    public void A_folder_that_uses_its_parents_types_without_a_using_is_caught()
    {
        // Commands.Preview sees Commands' types without a using line; Commands uses Preview with one.
        var types = new Dictionary<string, IReadOnlyList<string>> { ["StaticFileServer"] = ["Commands.Preview"], ["CommandMessages"] = ["Commands"] };
        var preview = TypeUses("Commands.Preview", "generator/Commands/Preview/A.cs", "namespace MoriokaSite.Commands.Preview;\n\nclass A { string b = CommandMessages.Rebuilt; }\n", types);
        var commands = TypeUses("Commands", "generator/Commands/B.cs", "using MoriokaSite.Commands.Preview;\n\nnamespace MoriokaSite.Commands;\n\nclass B { StaticFileServer? c; }\n", types);

        Assert.Equal(["Commands → Commands.Preview → Commands"], Cycles([.. preview, .. commands], 2));
    }

    [Fact]
    public void A_name_in_a_comment_or_a_string_is_no_use()
    {
        var types = new Dictionary<string, IReadOnlyList<string>> { ["PagePlanner"] = ["Planning"] };
        var edges = TypeUses("Views", "generator/Views/A.cs", "namespace MoriokaSite.Views;\n\n/// <see cref=\"Planning.PagePlanner\"/>\nclass A { string b = \"PagePlanner\"; } // PagePlanner\n", types);

        Assert.Empty(edges);
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
            .Select(file => (File: file, Folder: NamespaceOfFolder(file), Namespace: NamespaceLine().Match(File.ReadAllText(file))))
            .Where(f => f.Namespace.Success && f.Namespace.Groups["namespace"].Value != f.Folder)
            .Select(f => $"{Relative(f.File)} declares MoriokaSite.{f.Namespace.Groups["namespace"].Value}")
            .ToList();

        Assert.True(misplaced.Count == 0, string.Join("\n", misplaced));
    }

    [Fact]
    public void The_graph_is_read_from_the_real_sources()
    {
        // Guards the tests above against passing on an empty graph: these edges are the pipeline's own.
        var graph = FolderGraph().Select(edge => (edge.From, edge.To)).ToHashSet();

        Assert.Contains(("Pipeline", "Rendering"), graph);
        Assert.Contains(("Modelling", "Loading"), graph);
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

    /// <summary>Every use between namespaces, at their full depth ("Commands.Preview"); "" is MoriokaSite itself.</summary>
    private static List<(string From, string To, string File)> NamespaceGraph()
    {
        var types = DeclaredTypes();
        return SourceFiles()
            .SelectMany(file => TypeUses(NamespaceOfFolder(file), Relative(file), File.ReadAllText(file), types))
            .ToList();
    }

    /// <summary>The namespaces a file uses: its using lines, the names it writes out, and the types it sees without either.</summary>
    private static IEnumerable<(string From, string To, string File)> TypeUses(string space, string file, string text, IReadOnlyDictionary<string, IReadOnlyList<string>> types)
    {
        var code = CodeOnly(text);
        var imported = UsingNamespace().Matches(code).Select(m => m.Groups["namespace"].Value).ToHashSet(StringComparer.Ordinal);
        var enclosing = Enclosing(space).ToHashSet(StringComparer.Ordinal);
        var seen = TypeName().Matches(code)
            .Select(m => m.Value)
            .Where(types.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .Where(name => !types[name].Contains(space, StringComparer.Ordinal))
            .SelectMany(name => types[name].Where(n => enclosing.Contains(n) || imported.Contains(n)));
        var written = QualifiedNamespace().Matches(code).Select(m => m.Groups["namespace"].Value);

        // A using static or a written-out name holds a type after its namespace: the longest namespace it starts with is the one used.
        var spaces = types.Values.SelectMany(n => n).ToHashSet(StringComparer.Ordinal);
        string? Resolved(string name) => spaces.Where(n => name == n || name.StartsWith(n + ".", StringComparison.Ordinal)).MaxBy(n => n.Length);

        return imported.Concat(written).Select(Resolved).OfType<string>().Concat(seen)
            .Where(to => to != space)
            .Distinct(StringComparer.Ordinal)
            .Select(to => (space, to, file));
    }

    /// <summary>
    /// The uses between namespaces cut to their first <paramref name="depth"/> segments, and each cycle among those
    /// (a namespace and its own sub-namespace are two, so Commands ↔ Commands.Preview is a cycle at depth 2).
    /// </summary>
    private static List<string> Cycles(IEnumerable<(string From, string To, string File)> graph, int depth)
    {
        string Cut(string space) => string.Join('.', space.Split('.').Take(depth));
        var next = graph
            .Select(edge => (From: Cut(edge.From), To: Cut(edge.To)))
            .Where(edge => edge.From != edge.To)
            .GroupBy(edge => edge.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(edge => edge.To).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        var cycles = new List<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            // The shortest way back to start, breadth first; reported once, from its smallest name.
            var back = new Dictionary<string, string>(StringComparer.Ordinal);
            var queue = new Queue<string>([start]);
            while (queue.Count > 0 && !back.ContainsKey(start))
            {
                var from = queue.Dequeue();
                foreach (var to in next.GetValueOrDefault(from) ?? [])
                {
                    if (back.TryAdd(to, from))
                    {
                        queue.Enqueue(to);
                    }
                }
            }

            if (back.ContainsKey(start))
            {
                var path = new List<string> { start };
                for (var at = back[start]; at != start; at = back[at])
                {
                    path.Insert(0, at);
                }

                if (path.All(p => string.CompareOrdinal(start, p) <= 0))
                {
                    cycles.Add(string.Join(" → ", path.Prepend(start).Select(Named)));
                }
            }
        }

        return cycles;
    }

    private static string Named(string space) => space.Length == 0 ? "MoriokaSite" : space;

    /// <summary>Each top-level type of the generator, by name, and the namespaces that declare one of that name.</summary>
    private static Dictionary<string, IReadOnlyList<string>> DeclaredTypes() =>
        SourceFiles()
            .SelectMany(file => TypeDeclaration().Matches(CodeOnly(File.ReadAllText(file))).Select(m => (Name: m.Groups["name"].Value, Namespace: NamespaceOfFolder(file))))
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(t => t.Namespace).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    private static int MaxDepth() => SourceFiles().Max(file => NamespaceOfFolder(file).Split('.').Length);

    /// <summary>A namespace and every namespace around it: "Commands.Preview" → "Commands.Preview", "Commands", "".</summary>
    private static IEnumerable<string> Enclosing(string space)
    {
        var parts = space.Length == 0 ? [] : space.Split('.');
        return Enumerable.Range(0, parts.Length + 1).Select(n => string.Join('.', parts.Take(n)));
    }

    /// <summary>The code without comments (doc comments included: a cref is a pointer for the reader) and without the text of strings.</summary>
    private static string CodeOnly(string text) =>
        string.Join('\n', text.Split('\n').Select(line => LineComment().Replace(StringLiteral().Replace(CharLiteral().Replace(line, "' '"), "\"\""), string.Empty)));

    /// <summary>The folder path under generator/ as a namespace under MoriokaSite: "Commands.Preview", or "" for Program.cs.</summary>
    private static string NamespaceOfFolder(string file) =>
        string.Join('.', Path.GetRelativePath(Generator, file).Replace('\\', '/').Split('/').SkipLast(1));

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

    [GeneratedRegex(@"^namespace\s+MoriokaSite(\.(?<namespace>[\w.]+))?\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?MoriokaSite\.(?<namespace>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingNamespace();

    [GeneratedRegex(@"(?<!namespace\s+)(?<![\w.])MoriokaSite\.(?!Tests\b)(?<namespace>(\w+\.)*\w+)\.[A-Z]\w*", RegexOptions.Multiline)]
    private static partial Regex QualifiedNamespace();

    // A type declared at the top of a file (file-scoped namespaces: no indentation); nested types go with their outer type.
    [GeneratedRegex(@"^(?:(?:public|internal|static|sealed|abstract|partial|readonly|file|ref)\s+)*(?:record\s+struct|record\s+class|class|record|struct|enum|interface)\s+(?<name>[A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"'(?:[^'\\\n]|\\.)'")]
    private static partial Regex CharLiteral();

    [GeneratedRegex(@"//.*$")]
    private static partial Regex LineComment();

    // Verbatim and interpolated strings are read as plain ones: enough to keep a type's name in a message out of the graph.
    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();
}

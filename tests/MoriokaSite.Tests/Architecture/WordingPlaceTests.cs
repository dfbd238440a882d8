using System.Text.RegularExpressions;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Architecture;

/// <summary>
/// Every word a reader sees lives in the wording (a theme's strings.json, a site's content/strings.json): the
/// templates place words, the scripts show the words the index carries, and the generator's C# holds Japanese only
/// for staff (its diagnostics) and for what staff type in data/ (column names, the kinds of towns and their
/// readings). Each test fails on the first line that holds Japanese outside those places, naming it.
/// </summary>
public sealed partial class WordingPlaceTests
{
    /// <summary>
    /// Japanese C# may hold outside diagnostics, as it is written in the source, each for a reason: words of
    /// the input, which staff type in data/ and content/, not words a reader is shown.
    /// </summary>
    private static readonly (string File, string Literal, string Why)[] InputWords =
    [
        ("generator/Loading/SiteLoader.cs", "\"更新日\"", "the optional column of data/projects.csv"),
        ("generator/Loading/CsvLoader.cs", @"@""^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$""", "a date as Excel may write it in a cell"),
        ("generator/Model/Region.cs", "\"市\"", "the kinds of municipality data/towns.csv's 種別 holds"),
        ("generator/Model/Region.cs", "\"町\"", "the kinds of municipality data/towns.csv's 種別 holds"),
        ("generator/Model/Region.cs", "\"村\"", "the kinds of municipality data/towns.csv's 種別 holds"),
        ("generator/Model/Region.cs", "$\"全{Kinds}\"", "the shorthand staff write in 関係市町 for all the towns"),
        ("generator/Model/Region.cs", "@\"^(?:[0-9０-９]+|全)(?<kinds>[市町村]+)$\"", "the shorthand for all the towns as staff write it in 関係市町 (8市町, ８市町, 全市町)"),
        ("generator/Editing/AllTownsSpeller.cs", "\"、\"", "the separator of towns in 関係市町, as staff write it"),
        ("generator/Editing/AllTownsSpeller.cs", "\"0123456789０１２３４５６７８９\"", "the digits of 8市町 as staff type them, half- or full-width"),
        ("generator/Editing/AllTownsSpeller.cs", "\"全\"", "the 全 of 全市町, as staff write it"),
        ("generator/Search/SearchTown.cs", "\"市\"", "a kind, to read a town's name without it (滝沢市 → 滝沢)"),
        ("generator/Search/SearchTown.cs", "\"町\"", "a kind, to read a town's name without it"),
        ("generator/Search/SearchTown.cs", "\"村\"", "a kind, to read a town's name without it"),
        ("generator/Search/SearchTown.cs", "\"し\"", "a kind's reading, to read a town's reading without it"),
        ("generator/Search/SearchTown.cs", "\"ちょう\"", "a kind's reading"),
        ("generator/Search/SearchTown.cs", "\"まち\"", "a kind's reading"),
        ("generator/Search/SearchTown.cs", "\"むら\"", "a kind's reading"),
        ("generator/Search/SearchTown.cs", "\"そん\"", "a kind's reading"),
        ("generator/Modelling/TownsBuilder.cs", "\"○\"", "the mark of the central city in data/towns.csv"),
        ("generator/Modelling/LocalGovernmentCode.cs", "\"団体コード\"", "the optional column of data/towns.csv"),
        ("generator/Text/JapaneseLines.cs", "\"ー―‐〜～ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ、。，．,.・：；:;！？!?）」』】〕｝〉》〙〗］)]}’”%％\"", "the characters 禁則 (JIS X 4051) forbids at a line's start: typography, not words"),
        ("generator/Text/JapaneseLines.cs", "\"（「『【〔｛〈《〘〖［([{‘“\"", "the opening brackets 禁則 forbids at a line's end"),
        ("generator/Modelling/TownsBuilder.cs", "\"〇\"", "the mark an IME offers for ○"),
        ("generator/Modelling/TownsBuilder.cs", "\"◯\"", "the mark an IME offers for ○"),
    ];

    private static string Root => Repository.Root;

    [Fact]
    public void No_template_holds_japanese_outside_its_comments()
    {
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "themes"), "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = RazorComment().Replace(File.ReadAllText(file), m => new string('\n', m.Value.Count(c => c == '\n')));
            found.AddRange(Lines(file, text).Where(l => Japanese().IsMatch(l.Text)).Select(l => $"{l.Where}: {l.Text.Trim()}"));
        }

        Assert.True(found.Count == 0, "Words belong in strings.json:\n" + string.Join('\n', found));
    }

    [Fact]
    public void No_script_of_the_theme_holds_japanese_outside_its_comments()
    {
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "themes"), "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = BlockComment().Replace(File.ReadAllText(file), m => new string('\n', m.Value.Count(c => c == '\n')));
            found.AddRange(Lines(file, text).Select(l => l with { Text = LineComment().Replace(l.Text, string.Empty) }).Where(l => Japanese().IsMatch(l.Text)).Select(l => $"{l.Where}: {l.Text.Trim()}"));
        }

        Assert.True(found.Count == 0, "search.js takes its words from the index (meta.json's words):\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_generator_holds_japanese_only_in_diagnostics_and_the_words_of_its_input()
    {
        var allowed = InputWords.Select(w => (w.File, w.Literal)).ToHashSet();
        var columns = ColumnNames();
        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(Root, file).Replace('\\', '/');
            var code = WithoutComments(File.ReadAllText(file));
            foreach (Match literal in StringLiteral().Matches(code))
            {
                if (!Japanese().IsMatch(literal.Value) || allowed.Contains((relative, literal.Value)) || columns.Contains(literal.Value.Trim('"')) || IsPhrase(code, literal.Index))
                {
                    continue;
                }

                found.Add($"{relative}:{1 + code[..literal.Index].Count(c => c == '\n')}: {literal.Value}");
            }
        }

        Assert.True(found.Count == 0, "A word a reader sees belongs in strings.json (or, for staff, in a Phrase or generator/Diagnostics/):\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_guards_find_japanese_where_it_is()
    {
        // They would pass on an empty search: what they ignore is there, and each would catch a word out of place.
        Assert.Matches(Japanese(), File.ReadAllText(Path.Combine(Root, "themes/default/strings.json")));
        Assert.Contains(StringLiteral().Matches(WithoutComments("var a = \"事業一覧\"; // 事業\n")), m => Japanese().IsMatch(m.Value));
        Assert.DoesNotContain(StringLiteral().Matches(WithoutComments("// \"事業\"\n/// <summary>事業</summary>\n")), m => Japanese().IsMatch(m.Value));
        Assert.True(IsPhrase("x(new Phrase(\"事業\", \"projects\"));", 13));
        Assert.False(IsPhrase("var a = \"事業\"; b(new Phrase(\"x\", \"y\"));", 8));
        Assert.Contains("関係市町", ColumnNames());
    }

    private static HashSet<string> ColumnNames() =>
    [
        .. MoriokaSite.Modelling.ProjectsBuilder.Columns, .. MoriokaSite.Modelling.TownsBuilder.Columns, .. MoriokaSite.Modelling.TagsBuilder.Columns,
        .. MoriokaSite.Modelling.StatusesBuilder.Columns, .. MoriokaSite.Modelling.PillarsBuilder.Columns, .. MoriokaSite.Modelling.TownPositionsBuilder.Columns,
        MoriokaSite.Modelling.SynonymsBuilder.WordsColumn, MoriokaSite.Modelling.SynonymsBuilder.FormerWordsColumn,
    ];

    /// <summary>Whether the literal at <paramref name="at"/> is in a statement that makes a Phrase: a message to staff, in both languages.</summary>
    private static bool IsPhrase(string code, int at)
    {
        var start = code.LastIndexOf(';', at) + 1;
        return code[start..at].Contains("Phrase(", StringComparison.Ordinal);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(Path.Combine(Root, "generator"), "*.cs", SearchOption.AllDirectories)
            .Select(f => (File: f, Parts: Path.GetRelativePath(Path.Combine(Root, "generator"), f).Replace('\\', '/').Split('/')))
            .Where(f => !f.Parts.Any(p => p is "bin" or "obj") && f.Parts[0] is not ("Diagnostics" or "Commands"))
            .Select(f => f.File)
            .Order(StringComparer.Ordinal);

    /// <summary>The code with its comments blanked out, line for line; strings are kept as they are.</summary>
    private static string WithoutComments(string code) =>
        CodeComment().Replace(code, m => m.Value.StartsWith('/') ? new string('\n', m.Value.Count(c => c == '\n')) : m.Value);

    private static IEnumerable<(string Where, string Text)> Lines(string file, string text) =>
        text.Split('\n').Select((line, i) => ($"{Path.GetRelativePath(Root, file).Replace('\\', '/')}:{i + 1}", line));

    // Kana, kanji, and the full-width punctuation and forms (、。「」（）：) of Japanese sentences.
    [GeneratedRegex(@"[\u3000-\u30FF\u3400-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex Japanese();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    // A // comment, not inside a string or a regular expression on the line (the scripts' URLs have no //).
    [GeneratedRegex(@"(?<![:'""\\])//.*$")]
    private static partial Regex LineComment();

    // Strings (regular, verbatim, interpolated) first, so that a // inside one is not taken for a comment.
    [GeneratedRegex(@"\$?@""(?:""""|[^""])*""|\$?""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'|//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CodeComment();

    [GeneratedRegex(@"\$?@""(?:""""|[^""])*""|\$?""(?:\\.|[^""\\\n])*""")]
    private static partial Regex StringLiteral();
}

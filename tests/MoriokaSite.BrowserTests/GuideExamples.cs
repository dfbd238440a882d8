using System.Text.RegularExpressions;

namespace MoriokaSite.BrowserTests;

/// <summary>
/// The examples of docs/editing.md that staff follow, read from the guide itself: each fenced block after a comment
/// <c>&lt;!-- 手順の例 NAME: … --&gt;</c> (invisible on GitHub). A test that applies them proves the guide as written.
/// </summary>
public static partial class GuideExamples
{
    public const string Guide = "docs/editing.md";

    /// <summary>The lines of the example's block, without the indentation of the list it sits in.</summary>
    /// <param name="keepBlankLines">Keep the block's blank lines (a Markdown file's), rather than give its lines of data alone.</param>
    public static IReadOnlyList<string> Lines(string name, bool keepBlankLines = false)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, Guide));
        var match = Example().Matches(text).SingleOrDefault(m => m.Groups["name"].Value == name)
            ?? throw new InvalidOperationException($"{Guide} has no example 「手順の例 {name}」");
        var indent = match.Groups["indent"].Value.Length;
        return match.Groups["body"].Value.Split('\n', keepBlankLines ? StringSplitOptions.None : StringSplitOptions.RemoveEmptyEntries).Select(l => l[Math.Min(indent, l.Length - l.TrimStart().Length)..]).ToList();
    }

    [GeneratedRegex(@"^(?<indent> *)<!-- 手順の例 (?<name>[a-z-]+):[^\n]*-->\n *```[a-z]*\n(?<body>.*?)\n *```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();
}

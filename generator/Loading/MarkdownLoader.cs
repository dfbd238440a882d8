using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MoriokaSite.Diagnostics;
using MoriokaSite.Text;

namespace MoriokaSite.Loading;

/// <summary>Reads a Markdown file and its YAML front matter, reporting problems with their lines.</summary>
public static class MarkdownLoader
{
    private static readonly MarkdownPipeline FrontMatterPipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static MarkdownFile? Load(string root, string relativePath, Phrase description, DiagnosticBag diagnostics)
    {
        var text = SourceFile.ReadText(root, relativePath, description, diagnostics);
        return text is null ? null : Parse(relativePath, text, diagnostics);
    }

    public static MarkdownFile Parse(string path, string text, DiagnosticBag diagnostics)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        // Text nested too deep for Markdig still has its front matter read; validation reports the nesting.
        var (document, _) = MarkdownNesting.Read(text, t => Markdown.Parse(t, FrontMatterPipeline));
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            // Markdig only recognises front matter that is closed; an opening line alone means the editor lost the closing one.
            if (text.StartsWith("---\n", StringComparison.Ordinal) || text.TrimEnd() == "---")
            {
                diagnostics.Error(new SourceLocation(path, 1, 1), Problems.FrontMatterUnclosed());
                return new MarkdownFile(path, [], string.Empty, HasFrontMatter: true);
            }

            return new MarkdownFile(path, [], text, HasFrontMatter: false);
        }

        var yaml = FrontMatterText(path, text, block, diagnostics);
        var firstYamlLine = block.Line + 2; // block.Line is the 0-based line of the opening "---".
        var values = FrontMatterYaml.Read(path, yaml, firstYamlLine, diagnostics);
        var body = text[Math.Min(text.Length, block.Span.End + 1)..].TrimStart('\n');
        var bodyLine = 1 + text.AsSpan(0, text.Length - body.Length).Count('\n');
        return new MarkdownFile(path, values, body, HasFrontMatter: true, bodyLine);
    }

    /// <summary>
    /// The front matter's lines as they are in the file (Markdig turns a NUL into U+FFFD), each invisible
    /// character reported at its line and column, and left out so that the values read as staff see them.
    /// </summary>
    private static string FrontMatterText(string path, string text, YamlFrontMatterBlock block, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n').Skip(block.Line + 1).Take(block.Lines.Count).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var at = TextNormalizer.InvisibleAt(lines[i]);
            if (at >= 0)
            {
                var problem = Problems.InvisibleCharacterInFrontMatter(TextNormalizer.CodePoint(lines[i], at), TextNormalizer.VisibleBefore(lines[i], at));
                diagnostics.Error(new SourceLocation(path, block.Line + 2 + i, at + 1), problem);
                lines[i] = TextNormalizer.WithoutInvisible(lines[i]);
            }
        }

        return string.Join('\n', lines);
    }
}

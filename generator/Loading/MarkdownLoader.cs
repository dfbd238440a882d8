using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MoriokaSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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

        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));
        var firstYamlLine = block.Line + 2; // block.Line is the 0-based line of the opening "---".
        var values = ParseYaml(path, yaml, firstYamlLine, diagnostics);
        var body = text[Math.Min(text.Length, block.Span.End + 1)..].TrimStart('\n');
        var bodyLine = 1 + text.AsSpan(0, text.Length - body.Length).Count('\n');
        return new MarkdownFile(path, values, body, HasFrontMatter: true, bodyLine);
    }

    private static List<FrontMatterValue> ParseYaml(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var values = new List<FrontMatterValue>();
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return values;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var at = new SourceLocation(path, firstLine + (int)e.Start.Line - 1, (int)e.Start.Column);
            diagnostics.Error(at, Problems.FrontMatterSyntax(DescribeYamlError(e)));
            return values;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(new SourceLocation(path, firstLine, 1), Problems.FrontMatterSyntax(new Phrase("「キー: 値」の形の行がありません", "there is no line of the form key: value")));
            return values;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var at = new SourceLocation(path, firstLine + (int)keyNode.Start.Line - 1, (int)keyNode.Start.Column);
            if (valueNode is not YamlScalarNode scalar)
            {
                diagnostics.Error(at, Problems.FrontMatterSyntax(new Phrase($"「{key}」の値は1行の文字にしてください", $"the value of \"{key}\" must be one line of text")));
                continue;
            }

            values.Add(new FrontMatterValue(key, scalar.Value?.Trim() ?? string.Empty, at));
        }

        return values;
    }

    // YamlDotNet's messages name parser internals; staff need the gist, in their language.
    private static Phrase DescribeYamlError(YamlException e) =>
        e.Message.Contains("mapping", StringComparison.OrdinalIgnoreCase) ? new("値の中にコロン「:」があります。値全体を引用符 \" で囲んでください", "the value has a colon in it: put the whole value between double quotation marks")
        : e.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) ? new("同じキーが2回あります", "the same key is written twice")
        : new("YAML として読めません", "it cannot be read as YAML");
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MoriokaSite.Loading;

/// <summary>
/// Reads front matter, a flat list of "key: value" lines, from YamlDotNet's stream of parsing events.
/// Not through YamlStream: that builds its tree by recursion, so a value of 40,000 nested brackets
/// (a paste gone wrong) overflows the stack and kills the process, serve included. Reading events
/// keeps the depth in a counter, and stops at <see cref="MaxDepth"/> before the parser reads further
/// (it slows down with depth, quadratically).
/// </summary>
internal static class FrontMatterYaml
{
    /// <summary>How deep a value may nest before reading stops. Any nesting is an error; this only bounds the work.</summary>
    public const int MaxDepth = 32;

    public static List<FrontMatterValue> Read(string path, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var values = new List<FrontMatterValue>();
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return values;
        }

        SourceLocation At(Mark mark) => new(path, firstLine + (int)mark.Line - 1, (int)mark.Column);
        var parser = new Parser(new StringReader(yaml));
        var reading = new SourceLocation(path, firstLine, 1);
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
            {
                diagnostics.Error(new SourceLocation(path, firstLine, 1), Problems.FrontMatterSyntax(new Phrase("「キー: 値」の形の行がありません", "there is no line of the form key: value")));
                return values;
            }

            var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyEvent = parser.Current!;
                var key = (keyEvent as Scalar)?.Value ?? string.Empty;
                var at = At(keyEvent.Start);
                reading = at;
                if (!Skip(parser, out var tooDeep))
                {
                    diagnostics.Error(At(tooDeep), Problems.FrontMatterTooDeep(key, MaxDepth));
                    return values;
                }

                var value = Value(parser.Current!, anchors);
                if (!Skip(parser, out tooDeep))
                {
                    diagnostics.Error(At(tooDeep), Problems.FrontMatterTooDeep(key, MaxDepth));
                    return values;
                }

                if (value is null)
                {
                    diagnostics.Error(at, Problems.FrontMatterSyntax(new Phrase($"「{key}」の値は1行の文字にしてください", $"the value of \"{key}\" must be one line of text")));
                }
                else if (values.Any(v => v.Key == key))
                {
                    diagnostics.Error(at, Problems.FrontMatterSyntax(new Phrase("同じキーが2回あります", "the same key is written twice")));
                }
                else
                {
                    values.Add(new FrontMatterValue(key, Checked(value, at, diagnostics), at));
                }
            }
        }
        catch (YamlException e)
        {
            diagnostics.Error(At(e.Start), Problems.FrontMatterSyntax(DescribeYamlError(e)));
            return [];
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, with no place, on a bracket left open before the next key
            // ("title: [仮称 ビジョン"): reported at the key being read, with what usually causes it.
            diagnostics.Error(reading, Problems.FrontMatterSyntax(new Phrase("括弧「[」か「{」で始まって閉じられていない値があります。値全体を引用符 \" で囲んでください", "a value starts with a bracket [ or { that is never closed: put the whole value between double quotation marks")));
            return [];
        }

        return values;
    }

    /// <summary>A value's text: a scalar's, or an alias's to a scalar; null for a list, a mapping or an unknown alias.</summary>
    private static string? Value(ParsingEvent node, Dictionary<string, string> anchors)
    {
        if (node is Scalar scalar)
        {
            if (!scalar.Anchor.IsEmpty)
            {
                anchors[scalar.Anchor.Value] = scalar.Value;
            }

            return scalar.Value.Trim();
        }

        return node is AnchorAlias alias && anchors.TryGetValue(alias.Value.Value, out var text) ? text.Trim() : null;
    }

    /// <summary>
    /// Consumes one node: a scalar or alias, or a list or mapping with everything in it. False, with where
    /// it happens, when the node nests deeper than <see cref="MaxDepth"/>.
    /// </summary>
    private static bool Skip(IParser parser, out Mark tooDeep)
    {
        var depth = 0;
        do
        {
            var e = parser.Consume<ParsingEvent>();
            depth += e.NestingIncrease;
            if (depth > MaxDepth)
            {
                tooDeep = e.Start;
                return false;
            }
        }
        while (depth > 0);

        tooDeep = Mark.Empty;
        return true;
    }

    /// <summary>
    /// A value with the invisible characters that YAML's escapes make ("\0", "\v", "\uFFFE") reported and
    /// removed; those typed as they are were already reported at their place in the file.
    /// </summary>
    private static string Checked(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        var invisible = TextNormalizer.InvisibleAt(value);
        if (invisible < 0)
        {
            return value;
        }

        diagnostics.Error(at, Problems.InvisibleCharacterInFrontMatter(TextNormalizer.CodePoint(value, invisible), TextNormalizer.VisibleBefore(value, invisible)));
        return TextNormalizer.WithoutInvisible(value);
    }

    // YamlDotNet's messages name parser internals; staff need the gist, in their language.
    private static Phrase DescribeYamlError(YamlException e) =>
        e.Message.Contains("mapping", StringComparison.OrdinalIgnoreCase) ? new Phrase("値の中にコロン「:」があります。値全体を引用符 \" で囲んでください", "the value has a colon in it: put the whole value between double quotation marks")
        : new Phrase("YAML として読めません", "it cannot be read as YAML");
}

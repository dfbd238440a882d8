namespace MoriokaSite.Markup;

/// <summary>
/// A project summary as structure: paragraphs and lists. The source writes list items as lines
/// starting with 「・」; templates render them as real lists, which screen readers announce as such.
/// </summary>
public sealed record SummaryBlock(bool IsList, IReadOnlyList<string> Lines)
{
    public static IReadOnlyList<SummaryBlock> Parse(string summary)
    {
        var blocks = new List<SummaryBlock>();
        foreach (var line in summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var isItem = line.StartsWith('・');
            var text = isItem ? line[1..].TrimStart() : line;
            if (isItem && blocks.Count > 0 && blocks[^1].IsList)
            {
                blocks[^1] = blocks[^1] with { Lines = [.. blocks[^1].Lines, text] };
            }
            else
            {
                blocks.Add(new SummaryBlock(isItem, [text]));
            }
        }

        return blocks;
    }

    /// <summary>The summary as one line of plain text, for meta descriptions.</summary>
    public static string PlainText(string summary) =>
        string.Join(" ", Parse(summary).SelectMany(b => b.Lines));
}

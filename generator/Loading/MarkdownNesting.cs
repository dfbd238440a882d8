namespace MoriokaSite.Loading;

/// <summary>
/// Markdig refuses text nested deeper than it can safely follow (lists in lists, quotations in
/// quotations, emphasis in emphasis) by throwing, while parsing or while writing HTML. It refuses a
/// paragraph with some ten thousand emphasis marks or brackets the same way, however flat: it keeps each
/// mark open, one inside the other, until the paragraph ends. This reads what it can, says at which line it
/// could not, and tells the two apart by counting the paragraph's marks, so that the loader still finds the
/// front matter and validation reports the line with the right reason.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>
    /// More inline marks than this in the refused paragraph means it was refused for its size. Real nesting is
    /// refused at 128 levels, with a few hundred marks at most; size at about 10,000.
    /// </summary>
    public const int ManyMarks = 1000;

    /// <summary>Markdig refuses a paragraph that keeps more marks open than this (its limit is 10 × 1024).</summary>
    private const int MarkdigMarks = 10_000;

    /// <summary>
    /// What <paramref name="read"/> makes of the text, or when Markdig refuses it, of the lines before
    /// the first line it refuses, and where and why it refused.
    /// </summary>
    public static (T Result, MarkdownRefusal? Refused) Read<T>(string text, Func<string, T> read)
        where T : class
    {
        var lines = text.Split('\n');

        // A paragraph with more marks than Markdig ever follows is found by counting, not by halving, which
        // would parse that paragraph again and again: seconds for each of thousands of lines.
        if (FirstCrowdedParagraph(lines) is var (first, last, many) && TryRead(Prefix(lines, last), read) is null)
        {
            var (before, earlier) = Read(Prefix(lines, first - 1), read);
            return (before, earlier ?? new MarkdownRefusal(first, TooLarge: true, many));
        }

        if (TryRead(text, read) is { } result)
        {
            return (result, null);
        }

        var line = FirstRefusedLine(lines, read);
        var start = ParagraphStart(lines, line);
        var marks = InlineMarks(lines, start, line);
        var refusal = marks > ManyMarks ? new MarkdownRefusal(start, TooLarge: true, marks) : new MarkdownRefusal(line, TooLarge: false, marks);
        return (read(Prefix(lines, line - 1)), refusal);
    }

    private static T? TryRead<T>(string text, Func<string, T> read)
        where T : class
    {
        try
        {
            return read(text);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            return null;
        }
    }

    // Nesting only grows as lines are added, so the first refused line is found by halving: the
    // first `parses` lines are read, the first `refused` are not.
    private static int FirstRefusedLine<T>(string[] lines, Func<string, T> read)
        where T : class
    {
        var (parses, refused) = (0, lines.Length);
        while (refused - parses > 1)
        {
            var middle = parses + ((refused - parses) / 2);
            if (TryRead(Prefix(lines, middle), read) is null)
            {
                refused = middle;
            }
            else
            {
                parses = middle;
            }
        }

        return refused;
    }

    /// <summary>The first paragraph (its first and last line, 1-based) with more marks than Markdig follows, or null.</summary>
    private static (int First, int Last, int Marks)? FirstCrowdedParagraph(string[] lines)
    {
        var first = 1;
        for (var line = 1; line <= lines.Length; line++)
        {
            var ends = line == lines.Length || lines[line].Trim().Length == 0;
            if (lines[line - 1].Trim().Length == 0)
            {
                first = line + 1;
            }
            else if (ends && InlineMarks(lines, first, line) is var marks and > MarkdigMarks)
            {
                return (first, line, marks);
            }
        }

        return null;
    }

    /// <summary>The first line (1-based) of the paragraph that holds <paramref name="line"/>: the line after the blank one above.</summary>
    private static int ParagraphStart(string[] lines, int line)
    {
        var start = line;
        while (start > 1 && lines[start - 2].Trim().Length > 0)
        {
            start--;
        }

        return start;
    }

    /// <summary>The marks Markdig keeps open until the paragraph ends: each run of * _ ~ ` and each [.</summary>
    private static int InlineMarks(string[] lines, int from, int to)
    {
        var marks = 0;
        for (var i = from - 1; i < to && i < lines.Length; i++)
        {
            var text = lines[i];
            for (var c = 0; c < text.Length; c++)
            {
                var isRun = text[c] is '*' or '_' or '~' or '`';
                if (text[c] == '[' || (isRun && (c == 0 || text[c - 1] != text[c])))
                {
                    marks++;
                }
            }
        }

        return marks;
    }

    private static string Prefix(string[] lines, int count) => string.Join('\n', lines.Take(count));
}

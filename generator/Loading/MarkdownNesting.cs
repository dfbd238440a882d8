namespace MoriokaSite.Loading;

/// <summary>
/// Markdig refuses text nested deeper than it can safely follow (lists in lists, quotations in
/// quotations, emphasis in emphasis, a very large table) by throwing, while parsing or while writing
/// HTML. This reads what it can and says at which line it could not, so that the loader still finds
/// the front matter and validation reports the line.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>
    /// What <paramref name="read"/> makes of the text, or when Markdig refuses it, of the lines before
    /// the first line it refuses, and that line (1-based).
    /// </summary>
    public static (T Result, int? TooDeepAt) Read<T>(string text, Func<string, T> read)
        where T : class
    {
        if (TryRead(text, read) is { } result)
        {
            return (result, null);
        }

        var lines = text.Split('\n');
        var line = FirstRefusedLine(lines, read);
        return (read(Prefix(lines, line - 1)), line);
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

    private static string Prefix(string[] lines, int count) => string.Join('\n', lines.Take(count));
}

using System.Globalization;
using System.Text;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Editing;

/// <summary>
/// Rewrites each 関係市町 cell of data/projects.csv that says "all the towns" (「8市町」, 「全市町」) as the names of
/// the towns it meant, so that adding or removing a town changes no project's towns. Only those cells change:
/// the file keeps its encoding (UTF-8 with or without a byte-order mark, or Shift_JIS), its line ends, its quoting
/// and every other byte, so that the change reads as exactly those cells in review.
/// </summary>
internal static class AllTownsSpeller
{
    /// <summary>What was rewritten: each word, the cells, the towns it now names and where that list came from.</summary>
    public sealed record Rewrite(string Word, int Cells, string Towns, string? Commit);

    /// <returns>The rewrites (none when no cell says "all"); null when nothing was written (reported).</returns>
    public static IReadOnlyList<Rewrite>? Run(string root, DiagnosticBag diagnostics)
    {
        var (now, before) = TownLists.Read(root, diagnostics);
        var path = Path.Combine(root, SiteLoader.ProjectsPath);
        var bytes = InsideSite.ReadBytes(root, SiteLoader.ProjectsPath, diagnostics, Problems.FileMissing(new Phrase("事業の一覧 data/projects.csv", "The list of projects data/projects.csv")));
        var encoding = bytes is null ? null : FileEncoding.Of(bytes);
        var text = bytes is null ? null : SourceFile.Decode(bytes);
        var table = text is null ? null : CsvLoader.Parse(SiteLoader.ProjectsPath, text, diagnostics);
        if (now is null || encoding is null || text is null || table is null || diagnostics.HasErrors || !table.RequireColumns(["関係市町"], diagnostics))
        {
            return null;
        }

        var changedSinceCommit = before.Count > 0 && !Names(before[0].Region).SequenceEqual(Names(now));
        var edits = new List<(CsvCell Cell, string Names)>();
        var rewrites = new Dictionary<string, Rewrite>(StringComparer.Ordinal);
        foreach (var cell in table.Rows.Select(r => r["関係市町"]).Where(c => now.AllTownsWords.Contains(c.Value) || now.IsAllTownsWordOfAnotherTime(c.Value)))
        {
            var meant = Meant(cell.Value, now, before, changedSinceCommit);
            if (meant is null)
            {
                diagnostics.Error(cell.Location, Problems.AllTownsNotFound(cell.Value, SiteLoader.TownsPath));
                continue;
            }

            var names = string.Join("、", Names(meant.Region));
            edits.Add((cell, names));
            rewrites[cell.Value] = rewrites.TryGetValue(cell.Value, out var seen) ? seen with { Cells = seen.Cells + 1 } : new Rewrite(cell.Value, 1, names, meant.Commit);
        }

        if (diagnostics.HasErrors || !Encodable(encoding, edits.Select(e => e.Names), diagnostics))
        {
            return null;
        }

        if (edits.Count > 0)
        {
            var preamble = bytes!.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.ToArray() : [];
            var temporary = path + ".expand-towns";
            File.WriteAllBytes(temporary, [.. preamble, .. encoding.GetBytes(Replace(text, edits))]);
            File.Move(temporary, path, overwrite: true); // The whole file or nothing: never half a file.
        }

        return rewrites.Values.ToList();
    }

    private static IEnumerable<string> Names(Region region) => region.Towns.Select(t => t.Name);

    /// <summary>
    /// The towns a word meant. 「8市町」 names its count: the newest list with that many towns of those kinds. 「全市町」
    /// does not: it meant the list before the change being made now (the last commit's), or today's when towns.csv
    /// has not changed since — the command is best run before a town is added.
    /// </summary>
    private static TownLists.Version? Meant(string word, Region now, IReadOnlyList<TownLists.Version> before, bool changedSinceCommit)
    {
        var kinds = word.TrimStart('全').TrimStart("0123456789０１２３４５６７８９".ToCharArray());
        var digits = word[..^kinds.Length].Normalize(NormalizationForm.FormKC);
        var candidates = new List<TownLists.Version> { new(null, now) };
        candidates.AddRange(before);
        if (digits == "全")
        {
            return candidates.Skip(changedSinceCommit ? 1 : 0).FirstOrDefault(c => c.Region.Kinds == kinds);
        }

        var count = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return candidates.FirstOrDefault(c => c.Region.Towns.Count == count && c.Region.Kinds == kinds);
    }

    private static bool Encodable(Encoding encoding, IEnumerable<string> texts, DiagnosticBag diagnostics)
    {
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        foreach (var text in texts.Distinct(StringComparer.Ordinal))
        {
            try
            {
                strict.GetBytes(text);
            }
            catch (EncoderFallbackException)
            {
                diagnostics.Error(SourceLocation.StartOf(SiteLoader.ProjectsPath), Problems.FileUnreadable());
                return false;
            }
        }

        return true;
    }

    /// <summary>The text with each cell's raw span (quotes included) replaced, from the end so earlier offsets stay right.</summary>
    private static string Replace(string text, List<(CsvCell Cell, string Names)> edits)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var result = new StringBuilder(text);
        foreach (var (cell, names) in edits.OrderByDescending(e => e.Cell.Location.Line).ThenByDescending(e => e.Cell.Location.Column))
        {
            // The loader counts a line's characters but not a \r, which only ever ends a line.
            var start = lineStarts[cell.Location.Line - 1] + cell.Location.Column - 1;
            var (length, quoted) = RawCell(text, start);
            result.Remove(start, length).Insert(start, quoted ? $"\"{names}\"" : names);
        }

        return result.ToString();
    }

    private static (int Length, bool Quoted) RawCell(string text, int start)
    {
        if (start < text.Length && text[start] == '"')
        {
            var i = start + 1;
            while (i < text.Length)
            {
                if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i += 2; // "" is a quotation mark inside the cell.
                    continue;
                }

                if (text[i] == '"')
                {
                    break;
                }

                i++;
            }

            return (i + 1 - start, true);
        }

        var end = start;
        while (end < text.Length && text[end] is not (',' or '\r' or '\n'))
        {
            end++;
        }

        return (end - start, false);
    }
}

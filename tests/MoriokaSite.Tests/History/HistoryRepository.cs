using System.Globalization;
using System.Text;
using CsvHelper;
using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.History;

/// <summary>
/// A copy of the 2015 site made into a git repository by seven commits, each with its own date, and built once:
/// the import; a status moved and towns dropped; a re-save from Excel (CRLF, columns in another order) that changes
/// nothing and a Shift_JIS save with one name reworded, published together under a tag; a field moved, a tag
/// dropped and a project added, then a project removed, under the next tag; and a summary reworded, untagged.
/// </summary>
public sealed class HistoryRepository : IDisposable
{
    public const string Tag = "v2016-06";

    private readonly TempFolder _folder = new();

    public HistoryRepository()
    {
        var original = Site.Read(ProjectRows.Path);
        Git.Run(Root, "init", "-q");
        Git.CommitAll(Root, "The 2015 source document", "2015-12-01T10:00:00+09:00");

        ProjectRows.SetCell(Site, "p001", "区分", "既存");
        ProjectRows.SetCell(Site, "p002", "関係市町", "盛岡市、滝沢市");
        Git.CommitAll(Root, "p001 is running; p002 is Morioka's and Takizawa's", "2016-03-10T10:00:00+09:00");
        Git.Run(Root, "tag", "v2016-03");

        var moved = Rewrite(Site.Read(ProjectRows.Path), reorder: true);
        Site.Write(ProjectRows.Path, moved.Replace("\n", "\r\n", StringComparison.Ordinal));
        Git.CommitAll(Root, "Saved again from Excel", "2016-04-01T10:00:00+09:00");

        var renamed = Site.Read(ProjectRows.Path).Replace("東京事務所共同運営事業", "東京事務所の共同運営事業", StringComparison.Ordinal);
        File.WriteAllBytes(Site.PathOf(ProjectRows.Path), ShiftJis.GetBytes(renamed));
        Git.CommitAll(Root, "Saved as Shift_JIS, p003 reworded", "2016-05-20T10:00:00+09:00");
        Git.Run(Root, "tag", "v2016-05");

        // Back to the file as it was (UTF-8, LF, its own column order) with the edits so far, and this commit's.
        Site.Write(ProjectRows.Path, original);
        ProjectRows.SetCell(Site, "p001", "区分", "既存");
        ProjectRows.SetCell(Site, "p002", "関係市町", "盛岡市、滝沢市");
        ProjectRows.SetCell(Site, "p003", "事業名", "東京事務所の共同運営事業");
        ProjectRows.SetCell(Site, "p004", "分野", "strategic-industries");
        ProjectRows.SetCell(Site, "p004", "タグ", "新規");
        Site.Edit(ProjectRows.Path, text => text.TrimEnd('\n') + "\np108,圏域の新しい事業,新しく加わった事業の概要。,strategic-industries,計画,8市町,新規,\n");
        Git.CommitAll(Root, "p004 moves to strategic industries; p108 is new", "2016-06-15T10:00:00+09:00");

        Site.Edit(ProjectRows.Path, text => string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("p005,", StringComparison.Ordinal))));
        Git.CommitAll(Root, "p005 is dropped", "2016-06-20T10:00:00+09:00");
        Git.Run(Root, "tag", Tag);

        var p006 = Site.LineOf(ProjectRows.Path, "p006,");
        Site.ReplaceLine(ProjectRows.Path, p006, Site.Read(ProjectRows.Path).Split('\n')[p006 - 1].Replace("SOHOタイプのインキュベーション施設", "SOHOタイプの起業支援施設", StringComparison.Ordinal));
        Git.CommitAll(Root, "p006's summary in plain words", "2016-07-01T10:00:00+09:00");

        // Another file's commit: not a change to any project.
        Site.Edit("content/index.md", text => text + "\n");
        Git.CommitAll(Root, "Home page", "2016-07-02T10:00:00+09:00");

        Result = SiteBuilder.BuildAsync(new BuildOptions(Root, Output, null, HistoryCache: _folder["cache"])).GetAwaiter().GetResult();
    }

    public static Encoding ShiftJis { get; } = ShiftJisEncoding();

    public SiteCopy Site { get; } = new();

    public string Root => Site.Root;

    public string Output => _folder["out"];

    public string CacheFolder => _folder["cache"];

    public BuildResult Result { get; }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose()
    {
        Site.Dispose();
        _folder.Dispose();
    }

    /// <summary>The file as Excel writes it again: every cell the same, 事業概要 moved before 事業名.</summary>
    private static string Rewrite(string text, bool reorder)
    {
        using var reader = new CsvReader(new StringReader(text.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i) ?? string.Empty).ToArray());
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows)
            {
                var cells = reorder ? [row[0], row[2], row[1], .. row[3..]] : row;
                foreach (var cell in cells)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return writer.ToString();
    }

    private static Encoding ShiftJisEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}

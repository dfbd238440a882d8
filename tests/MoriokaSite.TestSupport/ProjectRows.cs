namespace MoriokaSite.Tests.Support;

/// <summary>Edits one cell of a one-line row of data/projects.csv in a site copy.</summary>
public static class ProjectRows
{
    public const string Path = "data/projects.csv";

    public static readonly string[] Columns = ["ID", "事業名", "事業概要", "分野", "区分", "関係市町", "タグ", "再掲分野"];

    /// <summary>Sets a cell and returns the line and column where that cell starts.</summary>
    public static (int Line, int Column) SetCell(SiteCopy site, string id, string column, string value)
    {
        var line = site.LineOf(Path, id + ",");
        var cells = site.Read(Path).Split('\n')[line - 1].TrimStart('\uFEFF').Split(',');
        Assert.Equal(Columns.Length, cells.Length); // Only rows without quoted commas or line breaks are edited this way.
        var index = Array.IndexOf(Columns, column);
        cells[index] = value;
        site.ReplaceLine(Path, line, string.Join(',', cells));
        return (line, cells.Take(index).Sum(c => c.Length + 1) + 1);
    }

    /// <summary>
    /// The row number Excel shows for a text line: the line breaks inside quoted cells above it do not
    /// start rows. Counted here by hand, apart from the loader, so that a test can catch the loader's count.
    /// </summary>
    public static int ExcelRow(SiteCopy site, int line)
    {
        var text = site.Read(Path);
        int row = 1, physical = 1;
        var quoted = false;
        foreach (var c in text)
        {
            if (physical == line)
            {
                return row;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n')
            {
                physical++;
                row += quoted ? 0 : 1;
            }
        }

        return row;
    }
}

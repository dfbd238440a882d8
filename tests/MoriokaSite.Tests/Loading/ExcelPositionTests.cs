using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// A CSV cell's message says where the cell is as Excel shows it (row, column letter, heading), while the
/// printed prefix keeps the contract's text line and column for editors and CI.
/// </summary>
public sealed class ExcelPositionTests : SiteCopyTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(4, "E")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_as_excel_letters_them(int index, string letter) => Assert.Equal(letter, CellPlace.Letter(index));

    [Fact]
    public void A_cell_below_a_multi_line_cell_is_in_excel_s_row_not_the_text_line()
    {
        // Row 2's summary spans three text lines: Excel shows it as one row, so p2 is row 3 on line 5.
        var table = CsvLoader.Parse("t.csv", "ID,概要,分野\np1,\"一\n二\n三\",x\n\np2,短い,y\n", new DiagnosticBag())!;
        var cell = table.Rows[1]["分野"];
        Assert.Equal((6, 7), (cell.Location.Line, cell.Location.Column));
        Assert.Equal(new CellPlace(4, "C", "分野"), cell.Location.Cell); // The empty line is an empty row in Excel too.
        Assert.Equal(new CellPlace(2, "C", "分野"), table.Rows[0]["分野"].Location.Cell);
    }

    [Fact]
    public void A_missing_cell_of_a_short_row_is_named_by_its_own_column()
    {
        var table = CsvLoader.Parse("t.csv", "a,b,c\n1\n", new DiagnosticBag())!;
        Assert.Equal(new CellPlace(2, "C", "c"), table.Rows[0]["c"].Location.Cell);
    }

    [Fact]
    public void A_message_about_a_cell_starts_with_its_excel_row_column_and_heading()
    {
        var (line, column) = ProjectRows.SetCell(_site, "p053", "分野", "tourismx");
        var row = ProjectRows.ExcelRow(_site, line);
        Assert.NotEqual(line, row); // The real data has summaries with line breaks above p053: the two numbers differ.

        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS105", ProjectRows.Path, line, $"{row}行目・D列（分野）：分野「tourismx」はありません。", $"Row {row}, column D (\"分野\"): There is no field \"tourismx\".");
        Assert.Equal(column, d.Location.Column);
        Assert.StartsWith($"data/projects.csv:{line}:{column}: error MS105: {row}行目・D列（分野）：", d.Format(Language.Japanese));
        Assert.StartsWith($"data/projects.csv:{line}:{column}: error MS105: Row {row}, column D (\"分野\"): ", d.Format(Language.English));
    }

    [Fact]
    public void A_value_past_the_last_heading_names_its_column_without_a_heading()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", ",余分な値");
        var row = ProjectRows.ExcelRow(_site, line);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS111", ProjectRows.Path, line, $"{row}行目・I列：この行には見出しより多い値があります（見出しは8列）。区切りのカンマ", $"Row {row}, column I: This row has more values");
    }

    [Fact]
    public void A_message_about_a_whole_file_has_no_cell()
    {
        _site.ReplaceLine(ProjectRows.Path, 1, "ID,事業名,事業概要,分野,区分,タグ,再掲分野");
        var d = Assert.Single(_site.Validate().Diagnostics, x => x.Code == "MS101");
        Assert.StartsWith("列「関係市町」がありません。", d.Message);
    }
}

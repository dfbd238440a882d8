using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Tests.Loading;

public sealed class CsvLoaderTests
{
    private static CsvTable Parse(string text, DiagnosticBag? diagnostics = null) =>
        CsvLoader.Parse("t.csv", text, diagnostics ?? new DiagnosticBag())!;

    [Fact]
    public void Cells_after_a_multi_line_cell_are_placed_on_their_own_line_and_column()
    {
        var table = Parse("ID,概要,市町\np1,\"一行目\n二行目\",盛岡市\np2,短い,滝沢市\n");
        var first = table.Rows[0];
        Assert.Equal("一行目\n二行目", first["概要"].Value);
        Assert.Equal((2, 4), (first["概要"].Location.Line, first["概要"].Location.Column));
        Assert.Equal((3, 6), (first["市町"].Location.Line, first["市町"].Location.Column));
        Assert.Equal(4, table.Rows[1].Line);
    }

    [Fact]
    public void Excel_habits_are_tidied_crlf_padding_empty_rows_and_columns()
    {
        var table = Parse("ID,名称,,\r\n p1 ,\"　盛岡市\r\n八幡平市 \",,\r\n,,,\r\n,,,\r\n");
        var row = Assert.Single(table.Rows);
        Assert.Equal("p1", row["ID"].Value);
        Assert.Equal("盛岡市\n八幡平市", row["名称"].Value);
        Assert.Equal(2, table.NamedColumnCount);
    }

    [Fact]
    public void An_escaped_quote_does_not_shift_the_next_cell()
    {
        var table = Parse("a,b,c\n\"say \"\"hi\"\", ok\",x,y\n");
        Assert.Equal("say \"hi\", ok", table.Rows[0]["a"].Value);
        Assert.Equal(18, table.Rows[0]["b"].Location.Column);
    }

    [Fact]
    public void A_short_row_reads_missing_cells_as_empty()
    {
        var table = Parse("a,b,c\n1\n");
        Assert.True(table.Rows[0]["c"].IsEmpty);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_header()
    {
        using var folder = new Support.TempFolder();
        File.WriteAllText(folder["x.csv"], "ID,名称\np1,盛岡市\n", new System.Text.UTF8Encoding(true));
        var table = CsvLoader.Load(folder.Path, "x.csv", new Phrase("x", "x"), new DiagnosticBag())!;
        Assert.True(table.HasColumn("ID"));
    }
}

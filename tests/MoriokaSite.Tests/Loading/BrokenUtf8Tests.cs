using System.Text;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// A UTF-8 file with a stray byte (a character pasted from elsewhere, a file cut short) is reported
/// where the byte is, never re-read as Shift_JIS and published garbled; Shift_JIS files still load.
/// </summary>
public sealed class BrokenUtf8Tests : SiteCopyTests
{
    /// <summary>projects.csv as UTF-8, <paramref name="insert"/> put just after the name of project p002.</summary>
    private (int Line, int Column) Break(byte[] insert, bool byteOrderMark)
    {
        var text = _site.Read(ProjectRows.Path).TrimStart('\uFEFF');
        var line = _site.LineOf(ProjectRows.Path, "p002,");
        var at = text.IndexOf("p002,就業機会、起業機会創出のための人材育成事業", StringComparison.Ordinal) + "p002,就業機会".Length;
        byte[] bytes = [.. byteOrderMark ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text[..at]), .. insert, .. Encoding.UTF8.GetBytes(text[at..])];
        File.WriteAllBytes(_site.PathOf(ProjectRows.Path), bytes);
        return (line, "p002,就業機会".Length + 1);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, true)]
    [InlineData(new byte[] { 0xFF }, false)]
    [InlineData(new byte[] { 0xE8, 0xA6 }, false)] // 観 (E8 A6 B3) cut short.
    [InlineData(new byte[] { 0x93 }, false)] // A Windows-1252 quotation mark pasted in.
    public void A_stray_byte_in_a_utf8_file_is_reported_at_its_line_and_column(byte[] stray, bool byteOrderMark)
    {
        var (line, column) = Break(stray, byteOrderMark);

        var found = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS002", ProjectRows.Path, line, "UTF-8 として正しくないバイトがあります", "is not valid UTF-8; the rest of the file is UTF-8, so it is not re-read as Shift_JIS");
        Assert.Equal(column, found.Location.Column);
    }

    [Fact]
    public void A_shift_jis_file_whose_bytes_happen_to_hold_valid_utf8_characters_is_still_read_as_shift_jis()
    {
        // Half-width ﾃ (C3) before 「 (81 75) makes C3 81, a valid UTF-8 character, in Shift_JIS bytes.
        const string text = "ID,名前\nmorioka,ﾃ「盛岡市」ﾃﾞｰﾀ、雫石町・滝沢市\n";
        File.WriteAllBytes(_site.PathOf("data/notes.csv"), SourceFile.StrictCp932.GetBytes(text));
        var diagnostics = new DiagnosticBag();

        Assert.Equal(text, SourceFile.ReadText(_site.Root, "data/notes.csv", new Phrase("メモ", "notes"), diagnostics));
        Assert.Equal(["MS003"], diagnostics.Sorted().Select(d => d.Code)); // read, with the warning every Shift_JIS file gets
    }
}

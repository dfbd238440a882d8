namespace MoriokaSite.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report: its code and its message in Japanese and English,
/// in one place (this class's files, one per range of codes). Each message says what is wrong and
/// how to fix it, for staff who are not programmers. Codes never change meaning: staff guides
/// (docs/editing.md) and CI logs refer to them.
/// </summary>
/// <remarks>
/// English messages quote every value from the files ("雫石") so that a reader sees at once which
/// Japanese is the data and which would be an untranslated explanation.
/// </remarks>
public static partial class Problems
{
    // Files and site.json: MS0xx
    public static Problem FileMissing(Phrase what) => new(
        "MS001",
        $"{what.Japanese}が見つかりません。ファイルを元の場所に戻してください。",
        $"{what.English} is missing. Put the file back where it belongs.");

    public static Problem FileUnreadable() => new(
        "MS002",
        "ファイルを読めません（UTF-8 でも Shift_JIS でもない文字があります）。Excel なら「CSV UTF-8（コンマ区切り）」で保存し直してください。",
        "The file cannot be read: it has characters that are neither UTF-8 nor Shift_JIS. In Excel, save it again as \"CSV UTF-8 (Comma delimited)\".");

    public static Problem SiteJsonInvalid(Phrase detail) => new(
        "MS010",
        $"site.json の書き方が正しくありません（{detail.Japanese}）。カンマや引用符の過不足を確かめてください。",
        $"site.json is not written correctly ({detail.English}). Check for missing or extra commas and quotation marks.");

    public static Problem SiteJsonValue(string key, Phrase expected) => new(
        "MS011",
        $"site.json の「{key}」には{expected.Japanese}を書いてください。",
        $"In site.json, \"{key}\" must be {expected.English}.");

    /// <summary>Each value quoted, for an English list of the values staff may type.</summary>
    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"\"{v}\""));
}

using System.Text.RegularExpressions;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Tests.Support;

public static partial class DiagnosticAssert
{
    /// <summary>
    /// Asserts that exactly one diagnostic has the code, at the file and line given, that it says
    /// <paramref name="japanese"/> in Japanese and <paramref name="english"/> in English, and that
    /// its English explains itself without Japanese. Every per-code test goes through here, so each
    /// code is checked in both languages; DiagnosticCoverageTests holds every code to that.
    /// </summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, string path, int line, string japanese, string english, Severity severity = Severity.Error)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        var found = Assert.Single(matching);
        Assert.Equal(path, found.Location.Path);
        Assert.Equal(line, found.Location.Line);
        Assert.Equal(severity, found.Severity);

        var level = severity == Severity.Error ? "error" : "warning";
        Assert.Equal($"{found.Location}: {level} {code}: {found.Message}", found.Format(Language.Japanese));
        Assert.Equal(found.Format(Language.Japanese), found.ToString());
        Assert.Equal($"{found.Location}: {level} {code}: {found.English}", found.Format(Language.English));
        Assert.Contains(japanese, found.Message);
        Assert.Contains(english, found.English);
        IsEnglish(found.English);
        return found;
    }

    /// <summary>
    /// Outside the values it quotes ("雫石町"), an English message has no Japanese: a sentence left
    /// untranslated would tell an English reader nothing about what to fix.
    /// </summary>
    public static void IsEnglish(string message)
    {
        var unquoted = Quoted().Replace(message, string.Empty);
        Assert.True(!Japanese().IsMatch(unquoted), $"Japanese outside quotation marks in: {message}");
        Assert.Matches("[A-Za-z]{3,}", unquoted);
    }

    [GeneratedRegex("\"[^\"\\n]*\"")]
    private static partial Regex Quoted();

    // Kana, kanji, and the full-width punctuation and forms (、。「」（）：) of Japanese sentences.
    [GeneratedRegex(@"[\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex Japanese();
}

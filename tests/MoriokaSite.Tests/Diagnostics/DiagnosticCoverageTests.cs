using System.Text.RegularExpressions;
using MoriokaSite.Commands;
using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Diagnostics;

/// <summary>Every code Problems defines is tested in both languages, explained in English, and listed in the staff guide.</summary>
public sealed partial class DiagnosticCoverageTests
{
    private static readonly IReadOnlyList<string> Codes = Samples.Of<Problem>(typeof(Problems)).Select(p => p.Value.Code).Distinct().Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Codes_are_well_formed_and_many()
    {
        Assert.All(Codes, code => Assert.Matches(@"^MS[0-3]\d\d$", code));
        Assert.True(Codes.Count > 30, string.Join(", ", Codes)); // Reflection that found nothing would make the tests below pass.
    }

    [Fact]
    public void Every_code_has_a_test_that_asserts_its_message_in_japanese_and_english()
    {
        // DiagnosticAssert.Single takes the Japanese and the English fragment, so a call to it is a test in both languages.
        var tests = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "MoriokaSite.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var tested = tests.SelectMany(t => AssertedCode().Matches(t)).Select(m => m.Groups[1].Value).ToHashSet();
        var untested = Codes.Except(tested).ToList();
        Assert.Empty(untested);
    }

    [Fact]
    public void Every_message_says_something_in_each_language_and_the_english_needs_no_japanese()
    {
        foreach (var (name, problem) in Samples.Of<Problem>(typeof(Problems)))
        {
            Assert.True(JapaneseText().IsMatch(problem.Japanese), $"{name}: {problem.Japanese}");
            DiagnosticAssert.IsEnglish(problem.English);
        }
    }

    [Fact]
    public void Every_command_message_exists_in_both_languages()
    {
        var phrases = Samples.Of<Phrase>(typeof(CommandMessages));
        Assert.True(phrases.Count >= 10);
        foreach (var (name, phrase) in phrases)
        {
            Assert.True(JapaneseText().IsMatch(phrase.Japanese), $"{name}: {phrase.Japanese}");
            DiagnosticAssert.IsEnglish(phrase.English);
        }
    }

    [Fact]
    public void The_editing_guide_lists_exactly_the_codes_there_are_each_once()
    {
        var guide = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "editing.md"));
        var listed = guide.Select(l => GuideRow().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Codes, listed.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"DiagnosticAssert\.Single\([^;]*?""(MS\d{3})""", RegexOptions.Singleline)]
    private static partial Regex AssertedCode();

    [GeneratedRegex(@"^\|\s*(MS\d{3})\s*\|")]
    private static partial Regex GuideRow();

    [GeneratedRegex(@"[\u3040-\u30FF\u4E00-\u9FFF]")]
    private static partial Regex JapaneseText();
}

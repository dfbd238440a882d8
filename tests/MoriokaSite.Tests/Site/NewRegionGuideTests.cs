using System.Text.RegularExpressions;
using MoriokaSite.Modelling;
using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// docs/new-region.md is what a new region has to do: a site written only from its examples (each a fenced block
/// named by its file) builds without a single diagnostic, every file it writes is in the guide's list of files, and
/// each column table names exactly the columns the generator reads.
/// </summary>
public sealed partial class NewRegionGuideTests : IDisposable
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "new-region.md"));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IReadOnlyDictionary<string, string> Examples() =>
        Example().Matches(Guide).ToDictionary(m => m.Groups["path"].Value, m => m.Groups["text"].Value + "\n", StringComparer.Ordinal);

    [Fact]
    public async Task A_site_written_only_from_the_guide_s_examples_builds_without_a_word_of_warning()
    {
        var site = _folder["site"];
        foreach (var (path, text) in Examples())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, path))!);
            File.WriteAllText(Path.Combine(site, path), text);
        }

        Morioka2015.CopyFolder(Path.Combine(Repository.Root, "themes"), Path.Combine(site, "themes"));
        var result = await SiteBuilder.BuildAsync(new BuildOptions(site, _folder["out"], null));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var p002 = File.ReadAllText(_folder["out/projects/p002/index.html"]);
        Assert.Contains("3市町村（全市町村）", p002);
        Assert.True(File.Exists(_folder["out/towns/nishi/agreement/index.html"]));
        Assert.Contains("北市と西村の連携協約（案）", File.ReadAllText(_folder["out/towns/nishi/agreement/index.html"]));
    }

    [Fact]
    public void The_examples_make_every_file_a_site_needs_and_the_list_of_files_names_each()
    {
        var examples = Examples().Keys.ToList();
        Assert.Contains("site.json", examples);
        foreach (var needed in new[] { "data/towns.csv", "data/pillars.csv", "data/projects.csv", "data/tags.csv", "data/statuses.csv", "content/index.md", "content/agreement.md", "content/accessibility.md" })
        {
            Assert.Contains(needed, examples);
        }

        var listed = ListedFile().Matches(Guide[..Guide.IndexOf("## 2.", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToList();
        Assert.All(examples, path => Assert.True(listed.Contains(path) || (path.StartsWith("content/fields/", StringComparison.Ordinal) && listed.Contains("content/fields/*.md")), $"{path} is not in the guide's list of files"));
    }

    [Theory]
    [InlineData("data/towns.csv")]
    [InlineData("data/town-positions.csv")]
    [InlineData("data/pillars.csv")]
    [InlineData("data/tags.csv")]
    [InlineData("data/statuses.csv")]
    public void Each_column_table_names_the_columns_the_generator_reads(string file)
    {
        var columns = file switch
        {
            "data/towns.csv" => TownsBuilder.Columns,
            "data/town-positions.csv" => TownPositionsBuilder.Columns,
            "data/pillars.csv" => PillarsBuilder.Columns,
            "data/tags.csv" => TagsBuilder.Columns,
            _ => StatusesBuilder.Columns,
        };
        var section = Guide[Guide.IndexOf($"### `{file}`", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("```", StringComparison.Ordinal)];
        // An optional column is described in the table, and left out of the example a new region starts from.
        string[] optional = file == "data/towns.csv" ? [LocalGovernmentCode.Column] : [];
        Assert.Equal([.. columns, .. optional], TableRow().Matches(section).Select(m => m.Groups[1].Value).Where(c => c != "列"));
        Assert.StartsWith(string.Join(',', columns) + "\n", Examples()[file]);
    }

    [GeneratedRegex(@"^```\w+ (?<path>[\w./-]+)\n(?<text>.*?)\n```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"^\| `([^`]+)`", RegexOptions.Multiline)]
    private static partial Regex ListedFile();

    [GeneratedRegex(@"^\| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}

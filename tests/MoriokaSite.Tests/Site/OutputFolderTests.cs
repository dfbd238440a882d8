using MoriokaSite.Output;
using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A build replaces its output folder whole, so it replaces only a folder that is new, empty, or a
/// previous build: a mistaken --output never deletes the repository, its sources or anyone's files.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    // A folder of the test's own holding a repository (the site, a .git, a file not yet committed)
    // and a file beside it, so that "--output .." is a folder the test owns.
    private readonly TempFolder _temp = new();

    public OutputFolderTests()
    {
        using var site = new SiteCopy();
        FolderSnapshot.Copy(site.Root, Root);
        Directory.CreateDirectory(Path.Combine(Root, ".git", "objects"));
        File.WriteAllText(Path.Combine(Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(Root, ".git", "objects", "ab"), "an object");
        File.WriteAllText(Path.Combine(Root, "notes.txt"), "work not yet committed");
        File.WriteAllText(_temp["beside.txt"], "a file in the folder above the repository");
        Directory.CreateDirectory(_temp["other"]);
        File.WriteAllText(_temp["other/keep.txt"], "someone else's file");
    }

    private string Root => _temp["repo"];

    public void Dispose() => _temp.Dispose();

    private async Task<(int Exit, string Out, string Err)> Build(string output)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await Program.RunAsync(["build", "--root", Root, "--output", output, "--lang", "en"], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData(".", "repo", "it holds the site itself")]
    [InlineData("..", "", "it holds the site itself")]
    [InlineData("content", "repo/content", "content, data and themes hold the site's sources")]
    [InlineData("data/x", "repo/data/x", "content, data and themes hold the site's sources")]
    [InlineData("themes/default", "repo/themes/default", "content, data and themes hold the site's sources")]
    [InlineData(".git", "repo/.git", ".git holds the repository's history")]
    [InlineData("../other", "other", "it has files in it but not the \".moriokasite-build\" file")]
    [InlineData("notes.txt", "repo/notes.txt", "it is a file, not a folder")]
    [InlineData("../link-to-repo", "repo", "it holds the site itself")]
    public async Task A_folder_that_is_not_a_previous_build_is_refused_and_left_byte_for_byte_as_it_was(string output, string refused, string why)
    {
        Directory.CreateSymbolicLink(_temp["link-to-repo"], Root);
        var before = FolderSnapshot.Of(_temp.Path);

        var (exit, stdout, err) = await Build(output);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"Will not write to the output \"{Path.Join(_temp.Path, refused).TrimEnd('/')}\": {why}", err);
        Assert.Contains("Nothing was changed.", err);
        Assert.DoesNotContain("   at ", err);
        Assert.Equal(before, FolderSnapshot.Of(_temp.Path));
    }

    [Fact]
    public async Task The_message_is_in_japanese_by_default()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await Program.RunAsync(["build", "--root", Root, "--output", "."], stdout, stderr);
        Assert.Equal(2, exit);
        Assert.Contains($"出力先「{Root}」には書き出しません。ここにはサイトの原稿（site.json・content・data・themes）があり", stderr.ToString());
    }

    [Fact]
    public async Task Every_build_refuses_the_same_folders_not_only_the_build_command()
    {
        var before = FolderSnapshot.Of(_temp.Path);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(Root, Path.Combine(Root, "content"), null));
        Assert.False(result.Succeeded);
        Assert.Equal(OutputProblemKind.InsideSources, result.Output!.Kind);
        Assert.Equal(before, FolderSnapshot.Of(_temp.Path));
    }

    [Fact]
    public async Task A_previous_build_is_replaced_whole_and_carries_the_mark()
    {
        Assert.Equal(0, (await Build("../site")).Exit);
        Assert.Equal(BuildMarker.Content, File.ReadAllBytes(_temp["site/.moriokasite-build"]));
        Directory.CreateDirectory(_temp["site/projects/p999"]);
        File.WriteAllText(_temp["site/projects/p999/index.html"], "a page that no longer exists");

        var (exit, stdout, err) = await Build("../site");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.StartsWith("Wrote 148 pages", stdout);
        Assert.False(Directory.Exists(_temp["site/projects/p999"]));
        Assert.True(File.Exists(_temp["site/projects/p107/index.html"]));
        Assert.Equal(["beside.txt", "other", "repo", "site"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)); // No staging folder left behind.
    }

    [Fact]
    public async Task An_empty_folder_and_a_new_one_are_written_to()
    {
        Directory.CreateDirectory(_temp["empty"]);
        Assert.Equal(0, (await Build("../empty")).Exit);
        Assert.True(File.Exists(_temp["empty/index.html"]));
        Assert.Equal(0, (await Build("_site")).Exit);
        Assert.True(File.Exists(Path.Combine(Root, "_site", "index.html")));
    }

    [Fact]
    public async Task A_folder_inside_the_sources_is_refused_when_reached_by_the_sources_real_path_too()
    {
        Directory.Move(Path.Combine(Root, "content"), Path.Combine(Root, "realcontent"));
        Directory.CreateSymbolicLink(Path.Combine(Root, "content"), "realcontent");
        var before = FolderSnapshot.Of(Path.Combine(Root, "realcontent"));

        var (exit, stdout, err) = await Build("realcontent/out");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"Will not write to the output \"{Path.Combine(Root, "realcontent", "out")}\": content, data and themes hold the site's sources", err);
        Assert.Equal(before, FolderSnapshot.Of(Path.Combine(Root, "realcontent")));
    }

    [Fact]
    public async Task What_a_killed_build_left_beside_the_output_is_removed_by_the_next_and_nothing_else()
    {
        Assert.Equal(0, (await Build("../site")).Exit);
        var guid = new string('a', 32);
        string Beside(string name)
        {
            Directory.CreateDirectory(_temp[name]);
            File.WriteAllText(Path.Combine(_temp[name], "index.html"), "left over");
            return name;
        }

        // A build writes the marker into its staging folder first: one killed halfway has it, or nothing at all.
        var staging = Beside($".site.staging-{guid}");
        File.WriteAllBytes(Path.Combine(_temp[staging], BuildMarker.FileName), BuildMarker.Content);
        var emptyStaging = $".site.staging-{new string('d', 32)}";
        Directory.CreateDirectory(_temp[emptyStaging]);
        var setAside = Beside($".site.staging-{new string('b', 32)}.old");
        File.WriteAllBytes(Path.Combine(_temp[setAside], BuildMarker.FileName), BuildMarker.Content);
        var unmarked = Beside($".site.staging-{new string('c', 32)}.old");
        var notAGuid = Beside(".site.staging-mine");
        var anotherOutput = Beside($".other.staging-{guid}");

        Assert.Equal(0, (await Build("../site")).Exit);

        Assert.False(Directory.Exists(_temp[staging]));
        Assert.False(Directory.Exists(_temp[emptyStaging]));
        Assert.False(Directory.Exists(_temp[setAside]));
        Assert.True(File.Exists(Path.Combine(_temp[unmarked], "index.html"))); // Not marked as a build: perhaps someone's.
        Assert.True(File.Exists(Path.Combine(_temp[notAGuid], "index.html")));
        Assert.True(File.Exists(Path.Combine(_temp[anotherOutput], "index.html")));
    }

    [Fact]
    public async Task A_folder_of_someone_s_named_like_a_staging_folder_but_without_the_marker_is_left_as_it_was()
    {
        Assert.Equal(0, (await Build("../site")).Exit);
        var mine = _temp[$".site.staging-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())}"];
        Directory.CreateDirectory(Path.Combine(mine, "photos"));
        File.WriteAllText(Path.Combine(mine, "photos", "town-hall.jpg"), "someone's photo");
        var before = FolderSnapshot.Of(mine);

        var (exit, stdout, err) = await Build("../site");

        Assert.Equal(0, exit);
        Assert.Equal(before, FolderSnapshot.Of(mine));
        Assert.DoesNotContain("staging", stdout + err, StringComparison.Ordinal);
    }

    [Fact]
    public void Git_ignores_what_a_killed_build_leaves_behind()
    {
        var ignored = File.ReadAllLines(Path.Combine(Repository.Root, ".gitignore"));
        Assert.Contains(".*.staging-*/", ignored);
    }
}

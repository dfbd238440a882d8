using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Commands;

/// <summary>
/// An Excel save that changes one cell of data/projects.csv turns every line end into CRLF: the repository's
/// .gitattributes keeps it one changed line in review, and tools/line-ends.sh does the same for a file uploaded
/// through GitHub's website, which git's normalization never sees.
/// </summary>
public sealed class LineEndTests : IDisposable
{
    private const string Projects = "data/projects.csv";

    private readonly TempFolder _repo = new();

    private string Original => File.ReadAllText(Morioka2015.Fixture(Projects));

    /// <summary>The file as Excel saves it after one cell was changed: CRLF everywhere, a byte-order mark.</summary>
    private string ExcelSaveWithOneCellChanged =>
        Original.Replace("p003,東京事務所共同運営事業", "p003,東京事務所の共同運営事業", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

    private void NewRepository(bool withAttributes)
    {
        if (withAttributes)
        {
            File.Copy(Path.Combine(Repository.Root, ".gitattributes"), _repo[".gitattributes"]);
        }

        Directory.CreateDirectory(_repo["data"]);
        File.WriteAllText(_repo[Projects], Original);
        Git.Init(_repo.Path);
    }

    private string ChangedLines(params string[] range) => Git.Run(_repo.Path, ["diff", "--numstat", .. range, "--", Projects]).Trim();

    [Fact]
    public void An_excel_save_that_changes_one_cell_is_committed_as_one_changed_line()
    {
        NewRepository(withAttributes: true);
        File.WriteAllText(_repo[Projects], ExcelSaveWithOneCellChanged);
        Git.Run(_repo.Path, "add", Projects);
        Assert.Equal($"1\t1\t{Projects}", ChangedLines("--cached"));
    }

    [Fact]
    public void Without_the_attributes_the_same_save_changes_every_line()
    {
        NewRepository(withAttributes: false);
        File.WriteAllText(_repo[Projects], ExcelSaveWithOneCellChanged);
        Git.Run(_repo.Path, "add", Projects);
        var lines = Original.Split('\n').Length - 1;
        Assert.Equal($"{lines}\t{lines}\t{Projects}", ChangedLines("--cached"));
    }

    [Fact]
    public void An_upload_that_skipped_git_s_normalization_is_stored_with_lf_by_the_line_ends_script()
    {
        NewRepository(withAttributes: true);
        Directory.CreateDirectory(_repo["tools"]);
        File.Copy(Path.Combine(Repository.Root, "tools/line-ends.sh"), _repo["tools/line-ends.sh"]);
        Git.CommitAll(_repo.Path, "tools");
        var before = Git.Run(_repo.Path, "rev-parse", "HEAD").Trim();

        // As GitHub's website stores an upload: the bytes as they are, past .gitattributes.
        File.WriteAllText(_repo[Projects], ExcelSaveWithOneCellChanged);
        var blob = Git.Run(_repo.Path, "hash-object", "-w", "--no-filters", Projects).Trim();
        Git.Run(_repo.Path, "update-index", "--cacheinfo", $"100644,{blob},{Projects}");
        Git.Run(_repo.Path, "commit", "-qm", "Upload files");
        Assert.NotEqual($"1\t1\t{Projects}", ChangedLines(before, "HEAD"));

        var output = Run("bash", "tools/line-ends.sh");

        Assert.Contains(Projects, output);
        Assert.Equal($"1\t1\t{Projects}", ChangedLines(before, "HEAD"));
        Assert.DoesNotContain("\r", Git.Run(_repo.Path, "show", $"HEAD:{Projects}"));
        Assert.Contains("already", Run("bash", "tools/line-ends.sh")); // a second run commits nothing
    }

    private string Run(string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { WorkingDirectory = _repo.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.com";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }

    public void Dispose() => _repo.Dispose();
}

using MoriokaSite.Commands;
using MoriokaSite.Output;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// The operating system refusing a write (a full disk, a read-only folder) or the removal of the old copy:
/// a plain message naming the path and the reason, never a stack trace, and the truth about the output.
/// Tests run as root, whom permissions do not stop, so the failures come from a disk that fails on purpose.
/// </summary>
public sealed class OutputFailureTests : SiteCopyTests
{
    private string Output => _out["site"];

    private sealed class FailingDisk(Func<string, Exception?> write, Func<string, Exception?> delete) : OutputDisk
    {
        public override void WriteFile(string path, byte[] content)
        {
            if (write(path) is { } failure)
            {
                throw failure;
            }

            base.WriteFile(path, content);
        }

        public override void DeleteFolder(string path)
        {
            if (delete(path) is { } failure)
            {
                throw failure;
            }

            base.DeleteFolder(path);
        }
    }

    private async Task<(int Exit, string Out, string Err)> Build(OutputDisk? disk = null)
    {
        var (line, _) = CommandLine.Parse(["build", "--root", _site.Root, "--output", Output, "--lang", "en"]);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await BuildCommand.RunAsync(line!, stdout, stderr, disk);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static TheoryData<string, Exception> Refusals => new()
    {
        { "full disk", new IOException("No space left on device", 28) },
        { "read-only folder", new UnauthorizedAccessException("Access to the path is denied.") },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_write_the_system_refuses_is_reported_with_its_reason_and_the_previous_output_stays(string what, Exception failure)
    {
        Assert.Equal(0, (await Build()).Exit);
        var before = FolderSnapshot.Of(Output);
        var writes = 0;
        var disk = new FailingDisk(_ => Interlocked.Increment(ref writes) > 20 ? failure : null, _ => null);

        var (exit, stdout, err) = await Build(disk);

        Assert.True(exit == 1, what);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(
            $"Could not write to \"{Output}\" (\"{failure.Message}\"). The previous output is unchanged. Check that the disk has room and that the folder may be written to, then run the command again.",
            err.Trim());
        Assert.Equal(before, FolderSnapshot.Of(Output));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_out.Path).Select(Path.GetFileName)); // No staging folder left behind.
    }

    [Fact]
    public async Task An_old_copy_that_cannot_be_removed_is_a_warning_since_the_new_site_is_in_place()
    {
        Assert.Equal(0, (await Build()).Exit);
        _site.Edit(ProjectRows.Path, text => text.Replace("ものづくり人材育成事業", "ものづくり人材育成事業（改）", StringComparison.Ordinal));
        string? setAside = null;
        var disk = new FailingDisk(_ => null, path => path.EndsWith(".old", StringComparison.Ordinal) ? new IOException($"Device or resource busy : '{setAside = path}'") : null);

        var (exit, stdout, err) = await Build(disk);

        Assert.Equal(0, exit);
        Assert.StartsWith("Wrote 148 pages", stdout);
        Assert.Contains($"Warning: the new site was written, but the previous output, moved to \"{setAside}\", could not be removed", err);
        Assert.DoesNotContain("unchanged", err);
        Assert.Contains("（改）", File.ReadAllText(Path.Combine(Output, "projects", "p001", "index.html")));
        Assert.True(Directory.Exists(setAside));
    }
}

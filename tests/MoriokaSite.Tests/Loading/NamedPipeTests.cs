using System.Diagnostics;
using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// Only ordinary files are read: opening a named pipe (mkfifo) waits for a writer for ever. One where the
/// generator looks for files (a field page, a template, an asset) is skipped with a warning that names it;
/// one where a file must be is an error. Either way the run ends, and says so.
/// </summary>
public sealed class NamedPipeTests : SiteCopyTests
{
    // Long enough for a slow machine; a build that waits on a pipe never ends at all.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private void MakePipe(string relative)
    {
        using var mkfifo = Process.Start("mkfifo", _site.PathOf(relative));
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public async Task A_pipe_among_the_field_pages_is_skipped_with_a_warning_and_the_site_builds()
    {
        MakePipe("content/fields/fifo.md");

        var result = await _site.BuildAsync(_out["_site"]).WaitAsync(Patience);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        DiagnosticAssert.Single(result.Diagnostics, "MS023", "content/fields/fifo.md", 1, "名前付きパイプ（FIFO）です。読もうとすると止まったり終わらなかったりするので、読まずに飛ばしました", "This is not an ordinary file but a named pipe (FIFO)", Severity.Warning);
        Assert.True(File.Exists(_out["_site/fields/tourism/index.html"]));
    }

    [Fact]
    public async Task A_pipe_beside_the_templates_and_the_assets_is_skipped_too()
    {
        MakePipe("themes/default/layouts/_Extra.cshtml");
        MakePipe("themes/default/assets/extra.css");

        var result = await _site.BuildAsync(_out["_site"]).WaitAsync(Patience);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["themes/default/assets/extra.css MS023", "themes/default/layouts/_Extra.cshtml MS023"], result.Diagnostics.Select(d => $"{d.Location.Path} {d.Code}"));
        Assert.False(File.Exists(_out["_site/assets/extra.css"]));
    }

    [Fact]
    public async Task A_pipe_where_a_page_s_text_must_be_is_an_error_and_nothing_is_written()
    {
        File.Delete(_site.PathOf("content/index.md"));
        MakePipe("content/index.md");

        var (exit, _, stderr) = await ProgramRun.Run("build", "--root", _site.Root, "--output", _out["_site"], "--lang", "en").WaitAsync(Patience);

        Assert.Equal(1, exit);
        Assert.Contains("content/index.md:1:1: error MS022: This is not an ordinary file but a named pipe (FIFO).", stderr);
        Assert.False(Directory.Exists(_out["_site"]));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS022", "content/index.md", 1, "普通のファイルではなく、名前付きパイプ（FIFO）です", "Put an ordinary file here.");
    }
}

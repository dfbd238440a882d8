using System.Diagnostics;
using System.Net.Sockets;
using MoriokaSite.Tests.Site;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// Symbolic links in the site: followed while they stay inside the site's folder, and reported, never
/// read, when they lead out of it or nowhere. A linked asset is published as it is, so a link out
/// would publish any file the build can read.
/// </summary>
public sealed class LinkTests : SiteCopyTests
{
    private readonly TempFolder _outside = new();

    public override void Dispose()
    {
        _outside.Dispose();
        base.Dispose();
    }

    [Fact]
    public async Task A_theme_asset_linked_to_the_build_s_environment_stops_the_build_and_publishes_no_secret()
    {
        var secret = "secret-" + Guid.NewGuid().ToString("N");
        File.CreateSymbolicLink(_site.PathOf("themes/default/assets/env.txt"), "/proc/self/environ");
        var output = _outside["site"];

        // /proc/self/environ holds the environment a process started with, so the build runs as a process of its own.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(Program).Assembly.Location, "build", "--root", _site.Root, "--output", output, "--lang", "en" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MORIOKASITE_TEST_SECRET"] = secret;
        using var build = Process.Start(start)!;
        var errors = build.StandardError.ReadToEndAsync();
        await build.StandardOutput.ReadToEndAsync();
        await build.WaitForExitAsync();
        var err = await errors;

        Assert.True(build.ExitCode == 1, err);
        Assert.Matches(@"themes/default/assets/env\.txt:1:1: error MS020: This file, or a folder above it, is a link to ""/proc/\d+/environ"", outside the site's folder", err);
        Assert.DoesNotContain(secret, err);
        Assert.False(Directory.Exists(output));
        var written = Directory.GetFiles(_outside.Path, "*", SearchOption.AllDirectories).Concat(Directory.GetFiles(_site.Root, "*", SearchOption.AllDirectories))
            .Where(f => new FileInfo(f).LinkTarget is null);
        Assert.All(written, f => Assert.DoesNotContain(secret, File.ReadAllText(f)));
    }

    [Fact]
    public void A_markdown_file_linked_out_of_the_site_is_reported_and_not_read()
    {
        File.Move(_site.PathOf("content/agreement.md"), _outside["agreement.md"]);
        File.CreateSymbolicLink(_site.PathOf("content/agreement.md"), _outside["agreement.md"]);

        var (model, diagnostics) = _site.Validate();

        Assert.Null(model);
        var found = DiagnosticAssert.Single(diagnostics, "MS020", "content/agreement.md", 1, "サイトのフォルダーの外の「", "outside the site's folder: files outside are never read or published");
        Assert.Contains($"\"{_outside["agreement.md"]}\"", found.English);
    }

    [Fact]
    public void Csv_files_read_through_a_data_folder_linked_out_of_the_site_are_each_reported()
    {
        FolderSnapshot.Copy(_site.PathOf("data"), _outside["data"]);
        Directory.Delete(_site.PathOf("data"), recursive: true);
        Directory.CreateSymbolicLink(_site.PathOf("data"), _outside["data"]);

        var (model, diagnostics) = _site.Validate();

        Assert.Null(model);
        Assert.Equal(
            ["data/towns.csv", "data/tags.csv", "data/statuses.csv", "data/pillars.csv", "data/projects.csv", "data/synonyms.csv", "data/town-positions.csv"],
            diagnostics.Where(d => d.Code == "MS020").Select(d => d.Location.Path));
        Assert.All(diagnostics.Where(d => d.Code == "MS020"), d => Assert.Contains(_outside["data"], d.English));
    }

    [Fact]
    public void A_link_that_climbs_out_through_a_linked_folder_is_caught_where_the_system_would_really_go()
    {
        // content/agreement.md → far/../agreement.md, where far is a link to a folder outside: the system
        // goes up from where far really leads. Read as text, the path would stay inside content/.
        Directory.CreateDirectory(_outside["a/far"]);
        File.Move(_site.PathOf("content/agreement.md"), _outside["a/agreement.md"]);
        Directory.CreateSymbolicLink(_site.PathOf("content/far"), _outside["a/far"]);
        File.CreateSymbolicLink(_site.PathOf("content/agreement.md"), "far/../agreement.md");

        // content/far is reported too: any folder of content/ may hold pages, so the walk through it stops there.
        var diagnostics = _site.Validate().Diagnostics.Where(d => d.Code == "MS020").ToList();
        Assert.Equal(["content/agreement.md", "content/far"], diagnostics.Select(d => d.Location.Path));
        Assert.Contains(_outside["a/agreement.md"], diagnostics[0].English);
    }

    [Fact]
    public async Task Links_that_stay_inside_the_site_are_followed()
    {
        Directory.CreateDirectory(_site.PathOf("shared"));
        File.Move(_site.PathOf("content/agreement.md"), _site.PathOf("shared/agreement.md"));
        File.CreateSymbolicLink(_site.PathOf("content/agreement.md"), "../shared/agreement.md");
        Directory.Move(_site.PathOf("themes/default/assets"), _site.PathOf("shared/assets"));
        Directory.CreateSymbolicLink(_site.PathOf("themes/default/assets"), _site.PathOf("shared/assets"));

        var result = await _site.BuildAsync(_outside["site"]);

        Assert.Empty(result.Diagnostics);
        Assert.True(File.Exists(_outside["site/assets/style.css"]));
        Assert.True(File.Exists(_outside["site/agreement/index.html"]));
    }

    [Fact]
    public void A_link_to_nothing_is_reported_not_a_crash()
    {
        File.Delete(_site.PathOf("content/schedule.md"));
        File.CreateSymbolicLink(_site.PathOf("content/schedule.md"), "schedule-2016.md");

        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS021", "content/schedule.md", 1, "このリンクの先「", "which does not exist. Remove the link, or put back the file it points to");
    }

    [Fact]
    public void A_loop_of_links_is_reported_as_a_loop_not_as_a_missing_target()
    {
        File.Delete(_site.PathOf("content/schedule.md"));
        File.CreateSymbolicLink(_site.PathOf("content/schedule.md"), "agenda.md");
        File.CreateSymbolicLink(_site.PathOf("content/agenda.md"), "schedule.md");

        var diagnostics = _site.Validate().Diagnostics;

        // Both links are pages of content/, and each is the loop.
        Assert.Equal(["content/agenda.md", "content/schedule.md"], diagnostics.Where(d => d.Code == "MS021").Select(d => d.Location.Path));
        var found = DiagnosticAssert.Single(diagnostics.Where(d => d.Location.Path == "content/schedule.md").ToList(), "MS021", "content/schedule.md", 1, "たどるとまた自分（または途中のリンク）に戻ってきて", "This link leads back to itself, or to a link on its way");
        Assert.DoesNotContain("does not exist", found.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_asset_linked_to_nothing_is_reported_and_nothing_is_written()
    {
        File.CreateSymbolicLink(_site.PathOf("themes/default/assets/logo.svg"), "logo-2016.svg");
        var result = await _site.BuildAsync(_outside["site"]);
        Assert.Equal(["themes/default/assets/logo.svg MS021"], result.Diagnostics.Select(d => $"{d.Location.Path} {d.Code}"));
        Assert.False(Directory.Exists(_outside["site"]));
    }

    [Fact]
    public async Task A_socket_in_a_file_s_place_is_reported_as_not_a_file_and_never_opened()
    {
        // Permissions do not stop root, who runs the tests; a socket in a file's place stops anyone (UnreadableTests run as another user).
        File.Delete(_site.PathOf("data/towns.csv"));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(_site.PathOf("data/towns.csv")));

        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS022", "data/towns.csv", 1, "普通のファイルではなく、ソケットです", "This is not an ordinary file but a socket.");

        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = await Program.RunAsync(["build", "--root", _site.Root, "--output", _outside["site"], "--lang", "en"], stdout, stderr);
        Assert.Equal(1, exit);
        Assert.Contains("data/towns.csv:1:1: error MS022: This is not an ordinary file but a socket.", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
        Assert.Equal(string.Empty, stdout.ToString());
    }
}

using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using MoriokaSite.Tests.Support;
using Xunit.Abstractions;

namespace MoriokaSite.Tests.Loading;

/// <summary>
/// A file or folder the user may not read (chmod 000) is reported as MS022, not a crash; a folder is
/// reported once, for itself, not as each file inside it missing. The runs are made as a user whom
/// permissions stop (<see cref="UnprivilegedRun"/>).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed partial class UnreadableTests(ITestOutputHelper output) : SiteCopyTests
{
    [UnprivilegedTheory]
    [InlineData("themes/default/layouts/_Contact.cshtml")]
    [InlineData("themes/default/layouts")]
    [InlineData("themes/default/assets")]
    [InlineData("content/fields")]
    [InlineData("content")]
    [InlineData("data")]
    public async Task What_cannot_be_read_is_one_error_for_itself_and_the_run_ends_with_exit_1(string relative)
    {
        var path = _site.PathOf(relative);
        var mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            output.WriteLine($"run as {UnprivilegedRun.Who}");
            var (exit, stdout, stderr) = await UnprivilegedRun.Run("check", "--root", _site.Root, "--lang", "en");

            Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
            Assert.DoesNotContain("   at ", stderr);
            var errors = ErrorLine().Matches(stderr).Select(m => (Path: m.Groups[1].Value, Code: m.Groups[2].Value)).ToList();
            Assert.Equal([(relative, "MS022")], errors.Where(e => e.Code == "MS022"));

            // Nothing inside is called missing. (What other files say of the things inside, such as the
            // projects of fields that could not be read, is said as it is when the folder is deleted.)
            Assert.DoesNotContain(errors, e => e.Code is "MS001" or "MS301" || e.Path.StartsWith(relative + "/", StringComparison.Ordinal));
            Assert.Contains($"{relative}:1:1: error MS022: The {(Directory.Exists(path) ? "folder" : "file")} cannot be opened", stderr);
        }
        finally
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    [GeneratedRegex(@"^(\S+):\d+:\d+: error (MS\d{3}):", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}

using System.Text;
using MoriokaSite.Output;
using MoriokaSite.Routing;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// serve's writes leave the previous copy to be removed after the new site is in place. The new site must be
/// whole when the write returns, and nothing of the old one may outlive the next write or the end of serve.
/// </summary>
public sealed class RemoveOldLaterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public RemoveOldLaterTests() => Directory.CreateDirectory(_temp["site"]);

    public void Dispose() => _temp.Dispose();

    private static RenderedFile[] Site(string version, int pages) =>
        [.. Enumerable.Range(0, pages).Select(i => new RenderedFile($"p{i:D3}/index.html", Encoding.UTF8.GetBytes($"{version} {i}")))];

    private string[] Beside() => [.. Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Each_write_puts_the_whole_new_site_in_place_and_no_old_copy_outlives_the_next_write_or_the_finish()
    {
        var output = _temp["out"];
        for (var version = 1; version <= 4; version++)
        {
            // Fewer pages each time: a page of the old copy must not survive in the new one.
            var problem = SiteWriter.Write(_temp["site"], output, Site($"v{version}", 300 - (version * 50)), removeOldLater: true);

            Assert.Null(problem);
            var pages = Directory.GetDirectories(output);
            Assert.Equal(300 - (version * 50), pages.Length);
            Assert.All(pages, p => Assert.StartsWith($"v{version} ", File.ReadAllText(Path.Combine(p, "index.html")), StringComparison.Ordinal));

            // At most the one copy being removed now stands beside the output.
            Assert.True(Beside().Length <= 3, string.Join(", ", Beside()));
        }

        SiteWriter.FinishRemoving(output);
        Assert.Equal(["out", "site"], Beside());
    }
}

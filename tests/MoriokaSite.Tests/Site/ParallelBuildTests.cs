using MoriokaSite.Config;
using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

public sealed class ParallelBuildTests : IDisposable
{
    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    [Fact]
    public async Task A_parallel_build_is_byte_identical_to_a_sequential_one()
    {
        var sequential = await SiteBuilder.BuildAsync(new BuildOptions(Morioka2015.Root, _out["seq"], BaseUrl.Parse(BuiltSites.SubPathUrl), Parallel: false));
        var parallel = await SiteBuilder.BuildAsync(new BuildOptions(Morioka2015.Root, _out["par"], BaseUrl.Parse(BuiltSites.SubPathUrl), Parallel: true));
        Assert.True(sequential.Succeeded && parallel.Succeeded);

        var files = Directory.GetFiles(_out["seq"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_out["seq"], f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(_out["par"], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_out["par"], f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(_out["seq"], f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_out["par"], f))), f));
    }
}

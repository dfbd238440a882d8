using MoriokaSite.Diagnostics;

namespace MoriokaSite.Tests.Support;

/// <summary>The second region built once for its tests: at the root, and under a GitHub Pages sub-path with a host.</summary>
public sealed class SecondRegionBuilds : IAsyncLifetime
{
    public const string SubPathUrl = "https://example.github.io/SecondRegion/";

    private readonly SecondRegion _site = new();
    private readonly TempFolder _out = new();

    public string RootBuild => _out["root"];

    public string SubPathBuild => _out["sub"];

    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var root = await _site.BuildAsync(RootBuild);
        var sub = await _site.BuildAsync(SubPathBuild, SubPathUrl);
        Diagnostics = [.. root.Diagnostics, .. sub.Diagnostics];
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        _out.Dispose();
        return Task.CompletedTask;
    }
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Modelling;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Model;

/// <summary>The benchmark's synthetic sites are valid sites of the real one's shape, N times over.</summary>
public sealed class SyntheticSiteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void A_synthetic_site_passes_validation_with_n_times_the_projects_in_the_same_proportions(int scale)
    {
        Assert.Equal(107 * scale, SyntheticSite.Write(Morioka2015.Root, _folder.Path, scale));
        var diagnostics = new DiagnosticBag();
        var model = ModelBuilder.Build(SiteLoader.Load(_folder.Path, diagnostics), diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(model);
        Assert.Equal(107 * scale, model.Projects.Count);
        Assert.Equal(model.Projects.Count, model.Projects.Select(p => p.Id).Distinct().Count());
        Assert.Equal((40 * scale, 31 * scale, 36 * scale), (model.Count(Status.Existing), model.Count(Status.Planned), model.Count(Status.Considering)));
        Assert.Equal(95 * scale, model.Projects.Count(p => p.IsRegionWide));
        Assert.Equal(scale, model.Projects.Count(p => p.AlsoIn.Count > 0));
        Assert.Equal(17, model.Fields.Count);
    }
}

using MoriokaSite.Pipeline;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// What a test class needs to break one thing in a copy of the 2015 fixture: the copy, a folder to build
/// it into, and a build that only checks. xunit makes an instance for each test, so each test has its own
/// copy and folder, removed when it ends.
/// </summary>
/// <remarks>
/// The fields keep the names the classes gave them before they shared this base, so the tests read as
/// they did.
/// </remarks>
public abstract class SiteCopyTests : IDisposable
{
    protected readonly SiteCopy _site = new();

    /// <summary>An empty folder to build into; a class that never builds leaves it empty.</summary>
    protected readonly TempFolder _out = new();

    /// <summary>Builds the copy as `check` does: every diagnostic, and nothing written.</summary>
    protected Task<BuildResult> CheckAsync() =>
        SiteBuilder.BuildAsync(new BuildOptions(_site.Root, string.Empty, null, WriteOutput: false));

    public virtual void Dispose()
    {
        _site.Dispose();
        _out.Dispose();
        GC.SuppressFinalize(this);
    }
}

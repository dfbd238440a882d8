namespace MoriokaSite.Tests.Support;

/// <summary>The repository the tests run in: its generator, theme, fixtures, guides and workflows (never its live content/ and data/).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MoriokaSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MoriokaSite.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace MoriokaSite.Tests.Support;

/// <summary>
/// tests/fixtures/morioka-2015: a frozen copy of this region's site as the 2015 source document gives it
/// (107 projects, 17 fields, 8 towns). The generator's and theme's tests build it, never the live content/ and
/// data/, which staff change and which only the publishing checks guard. It sits beside a copy of the
/// repository's themes/ in a temporary folder, made once per test run: the generator follows no link out of a
/// site's folder, so the theme is copied, not linked.
/// </summary>
public static class Morioka2015
{
    public const string FixturePath = "tests/fixtures/morioka-2015";

    private static readonly Lazy<string> LazyRoot = new(Assemble);

    /// <summary>The assembled site: the fixture and the theme. Read only; a test that edits makes a <see cref="SiteCopy"/>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A file of the fixture itself, for tests that read the source data apart from the generator.</summary>
    public static string Fixture(string relative) => Path.Combine(Repository.Root, FixturePath, relative);

    /// <summary>Copies the fixture and the theme into <paramref name="target"/>.</summary>
    public static void CopyTo(string target)
    {
        CopyFolder(Path.Combine(Repository.Root, FixturePath), target);
        CopyFolder(Path.Combine(Repository.Root, "themes"), Path.Combine(target, "themes"));
    }

    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string Assemble()
    {
        var root = Path.Combine(Path.GetTempPath(), "moriokasite-tests", "morioka-2015-" + Guid.NewGuid().ToString("N"));
        CopyTo(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A folder in the temporary folder; the next run does not depend on it being gone.
            }
        };
        return root;
    }
}

namespace MoriokaSite.Routing;

/// <summary>
/// Where one page or file of the site lives, under the base path: the one descriptor that gives both the file it is
/// written to and, with the base path, its link (<see cref="Routes.Link"/>), as Hugo's page_paths does, so that no
/// file name is ever cut back out of a URL. The places themselves are <see cref="SitePaths"/>'.
/// </summary>
public readonly record struct SitePath
{
    private SitePath(string relative, string outputFile) => (Relative, OutputFile) = (relative, outputFile);

    /// <summary>What a link has after the base path: "fields/tourism/", "data/projects.csv", "" for the home page.</summary>
    public string Relative { get; }

    /// <summary>The file written for it, under the output folder: "fields/tourism/index.html", "data/projects.csv", "index.html".</summary>
    public string OutputFile { get; }

    /// <summary>A page with a folder of its own ("fields/tourism", or "" for the home page), linked with a trailing slash and written as the folder's index.html.</summary>
    public static SitePath Folder(string folder) => folder.Length == 0 ? new(string.Empty, "index.html") : new(folder + "/", folder + "/index.html");

    /// <summary>A file linked by its own name: "data/projects.csv", "404.html".</summary>
    public static SitePath File(string name) => new(name, name);
}

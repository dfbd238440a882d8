namespace MoriokaSite.Benchmarks;

/// <summary>
/// A generator the benchmark runs, as a command line before "build …", with a template cache of its own.
/// "ours" is today's as tools/build.sh runs it (published ahead of time); the baseline is another revision's
/// Release build, as its README's command ran it then, short of `dotnet run`'s check (measured on its own).
/// Each generator builds its own revision's site (content, data, theme, site.json): a newer site may use what an
/// older generator does not know, and an older theme what a newer one refuses.
/// </summary>
/// <param name="Root">The checkout whose site this generator builds (its real site, and the source of its synthetic ones).</param>
internal sealed record Generator(string Name, string Root, string Command, IReadOnlyList<string> Prefix, string TemplateCache, string? GeneratorCache = null)
{
    public Measurement Build(string site, string output, string baseUrl) =>
        Measurement.Run(Command, [.. Prefix, "--root", site, "--output", output, "--base-url", baseUrl, "--timings"], Environment());

    /// <summary>The variables the build runs with: its template cache, and where tools/build.sh keeps its published program.</summary>
    public Dictionary<string, string> Environment()
    {
        var variables = new Dictionary<string, string> { ["MORIOKASITE_TEMPLATE_CACHE"] = TemplateCache };
        if (GeneratorCache is not null)
        {
            variables["MORIOKASITE_GENERATOR_CACHE"] = GeneratorCache;
        }

        return variables;
    }

    /// <summary>Today's generator through tools/build.sh, published once here (so that no measured run pays for it).</summary>
    public static Generator Today(string root, string work)
    {
        var today = new Generator("ours", root, "bash", [Path.Combine(root, "tools/build.sh")], Path.Combine(work, "template-cache"), Path.Combine(work, "generator-cache"));
        Console.WriteLine("Publishing today's generator (tools/build.sh, ReadyToRun)…");
        Measurement.Run(today.Command, [.. today.Prefix, "--root", root, "--output", Path.Combine(work, "out-warm-up"), "--base-url", "/"], today.Environment());
        return today;
    }

    /// <summary>
    /// The generator at <paramref name="revision"/>, built in Release in a clone of the repository checked out there
    /// (a clone rather than an export: the site's history is read from git, as it is for today's).
    /// </summary>
    public static Generator Baseline(string root, string revision, string work)
    {
        var source = Path.Combine(work, $"baseline-{revision}");
        if (Directory.Exists(source))
        {
            Directory.Delete(source, recursive: true);
        }

        Shell.Run("git", ["clone", "-q", "--no-checkout", root, source], root);
        Shell.Run("git", ["-c", "advice.detachedHead=false", "checkout", "-q", revision], source);
        Console.WriteLine($"Building the generator at {revision} (Release)…");
        Shell.Run("dotnet", ["build", Path.Combine(source, "generator"), "-c", "Release", "-v", "q", "-nologo"], source);
        return new Generator(revision, source, "dotnet", [Path.Combine(source, "generator/bin/Release/net10.0/MoriokaSite.dll"), "build"], Path.Combine(work, $"template-cache-{revision}"))
        {
            Source = source,
        };
    }

    /// <summary>The baseline's own checkout (its README command is measured there), or null for today's.</summary>
    public string? Source { get; init; }
}

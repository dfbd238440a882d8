using System.Diagnostics;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Modelling;

namespace MoriokaSite.Editing;

/// <summary>
/// The region's towns as data/towns.csv lists them now, and as it listed them before: in the last commit, and in
/// each earlier commit that changed it, newest first. 「8市町」 in a row means the eight towns of the time it was
/// written, which the repository's history still knows after a ninth has been added.
/// </summary>
internal static class TownLists
{
    /// <summary>One version of the list: its commit (null for the file as it is now), for the command to say which towns it wrote.</summary>
    public sealed record Version(string? Commit, Region Region);

    /// <summary>The working file first (null when it has errors, reported), then the committed versions that read without error.</summary>
    public static (Region? Now, IReadOnlyList<Version> Before) Read(string root, DiagnosticBag diagnostics)
    {
        var table = CsvLoader.Load(root, SiteLoader.TownsPath, new Phrase("市町の一覧 data/towns.csv", "The list of towns data/towns.csv"), diagnostics);
        var before = diagnostics.ErrorCount;
        var now = TownsBuilder.Build(table, NoProjects, diagnostics);
        var current = diagnostics.ErrorCount > before || now.Towns.Count == 0 ? null : now;
        var committed = new List<Version>();
        foreach (var revision in Git(root, "log", "--format=%H", "--", SiteLoader.TownsPath)?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            if (GitBytes(root, "show", $"{revision}:./{SiteLoader.TownsPath}") is { } bytes && Parse(bytes) is { } region)
            {
                committed.Add(new Version(revision[..10], region));
            }
        }

        return (current, committed);
    }

    /// <summary>Only the lists of towns are read here, never a site: a town's projects are not there to read.</summary>
    private static IReadOnlyList<Project> NoProjects(Town town) => throw new InvalidOperationException($"The towns of data/towns.csv alone have no projects ({town.Slug}).");

    private static Region? Parse(byte[] bytes)
    {
        var quiet = new DiagnosticBag();
        var text = SourceFile.Decode(bytes);
        var table = text is null ? null : CsvLoader.Parse(SiteLoader.TownsPath, text, quiet);
        var region = TownsBuilder.Build(table, NoProjects, quiet);
        return quiet.HasErrors || region.Towns.Count == 0 ? null : region;
    }

    private static string? Git(string root, params string[] args) => GitBytes(root, args) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    /// <summary>What git prints, or null where there is no git or no repository: the working file is then all there is.</summary>
    private static byte[]? GitBytes(string root, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            _ = process.StandardError.ReadToEnd();
            copy.Wait();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // No git on this machine.
        }
    }
}

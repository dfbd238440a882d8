using System.Diagnostics;

namespace MoriokaSite.Tests.Support;

/// <summary>git run in a test's folder, as a given author and without signing, failing the test when git fails.</summary>
public static class Git
{
    public static string Run(string folder, params string[] args) => RunAt(folder, null, args);

    /// <param name="date">The commit's author and committer date (ISO 8601 with its offset), or null for now.</param>
    public static string RunAt(string folder, string? date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        foreach (var arg in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output.Result;
    }

    /// <summary>A new repository in the folder with everything in it committed.</summary>
    public static void Init(string folder, string message = "first")
    {
        Run(folder, "init", "-q");
        CommitAll(folder, message);
    }

    /// <summary>A new repository in the folder with everything in it committed on the given date.</summary>
    public static void CommitAllInNew(string folder, string date)
    {
        Run(folder, "init", "-q");
        CommitAll(folder, "first", date);
    }

    public static void CommitAll(string folder, string message, string? date = null)
    {
        Run(folder, "add", "-A");
        RunAt(folder, date, "commit", "-qm", message);
    }
}

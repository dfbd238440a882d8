using System.Diagnostics;

namespace MoriokaSite.Tests.Support;

/// <summary>git run in a test's folder, as a given author and without signing, failing the test when git fails.</summary>
public static class Git
{
    public static string Run(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
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

    public static void CommitAll(string folder, string message)
    {
        Run(folder, "add", "-A");
        Run(folder, "commit", "-qm", message);
    }
}

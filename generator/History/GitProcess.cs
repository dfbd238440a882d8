using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace MoriokaSite.History;

/// <summary>
/// git run as a process in the site's folder: the history is read with the git that staff and GitHub's runners
/// already have, rather than a library that would need to follow every repository format git does.
/// </summary>
internal static class GitProcess
{
    /// <summary>git's output, or null when git is not there or fails (not a repository, an object it lacks).</summary>
    /// <param name="input">Lines for git's standard input (cat-file --batch), or null.</param>
    public static byte[]? Run(string folder, IReadOnlyList<string> args, string? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };

        // A user's settings must not change what the site says: no pager, no colour, no replaced objects.
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_NO_REPLACE_OBJECTS"] = "1";
        start.Environment["LC_ALL"] = "C";
        foreach (var arg in new[] { "-c", "core.quotepath=false", "-c", "log.showSignature=false" }.Concat(args))
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

            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                var writer = Task.Run(() =>
                {
                    using var stdin = process.StandardInput;
                    stdin.Write(input);
                });
                var bytes = ReadAll(process.StandardOutput.BaseStream);
                writer.Wait();
                process.WaitForExit();
                _ = error.Result;
                return process.ExitCode == 0 ? bytes : null;
            }

            var output = ReadAll(process.StandardOutput.BaseStream);
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null; // git is not installed: the site has no history to show, which is not an error of its content.
        }
    }

    /// <summary>git's output as text (its own output is UTF-8), or null as for <see cref="Run"/>.</summary>
    public static string? Text(string folder, params string[] args) =>
        Run(folder, args) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

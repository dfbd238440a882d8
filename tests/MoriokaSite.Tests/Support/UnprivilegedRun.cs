using System.Diagnostics;
using System.Runtime.Versioning;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// The command line run by a user whom file permissions stop. Tests run as root here, and root reads a file
/// or a folder whatever its mode (chmod 000 stops nobody else): as root, the generator runs in a process of
/// its own as the user <see cref="User"/> (setpriv); as any other user, in this process, as that user.
/// </summary>
[UnsupportedOSPlatform("windows")]
public static class UnprivilegedRun
{
    public const string User = "nobody";

    private const string Setpriv = "/usr/bin/setpriv";

    /// <summary>Why the runs cannot be made here, or null when they can: root without setpriv cannot drop its rights.</summary>
    public static string? Unavailable { get; } = !Environment.IsPrivilegedProcess ? null
        : !File.Exists(Setpriv) ? $"The tests run as root, whom permissions do not stop, and {Setpriv} is missing, so no run can be made as \"{User}\"."
        : !UserCanRead(typeof(Program).Assembly.Location) ? $"\"{User}\" cannot read the generator at {typeof(Program).Assembly.Location} (a folder above it is private, as a mktemp -d clone is), so no run can be made as that user."
        : null;

    private static bool UserCanRead(string path)
    {
        var start = new ProcessStartInfo(Setpriv) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"--reuid={User}", "--regid=nogroup", "--clear-groups", "test", "-r", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var run = Process.Start(start)!;
        run.WaitForExit();
        return run.ExitCode == 0;
    }

    /// <summary>Who the runs are made as, for the test's output.</summary>
    public static string Who => Environment.IsPrivilegedProcess ? $"{User} (setpriv, a process of its own)" : $"{Environment.UserName} (this process)";

    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return await ProgramRun.Run(args);
        }

        var start = new ProcessStartInfo(Setpriv) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"--reuid={User}", "--regid=nogroup", "--clear-groups", "dotnet", typeof(Program).Assembly.Location })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        // The user has no home: .NET and the template cache get a folder it may write.
        var home = Path.Combine(Path.GetTempPath(), "moriokasite-unprivileged");
        Directory.CreateDirectory(home);
        File.SetUnixFileMode(home, (UnixFileMode)0x1FF);
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["MORIOKASITE_TEMPLATE_CACHE"] = Path.Combine(home, "templates");

        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (run.ExitCode, await output, await error);
    }
}

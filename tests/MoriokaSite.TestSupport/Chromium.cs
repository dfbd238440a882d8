namespace MoriokaSite.Tests.Support;

/// <summary>
/// Finds Debian's Chromium. Playwright cannot download a browser here, so the tests use the system's;
/// when it is missing they fail and say how to install it. They never skip.
/// </summary>
public static class Chromium
{
    // Debian's package first; GitHub's Ubuntu runners ship Google Chrome, whose apt "chromium" is only a snap shim.
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/google-chrome", "/usr/bin/chromium-browser"];

    public static string Path()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var found = (configured is { Length: > 0 } ? [configured] : Candidates).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            "Chromium was not found. Install it with `sudo apt-get install -y chromium` (Debian), or point CHROMIUM_PATH at a Chromium binary. "
            + "The README's test command (bash tests/run.sh) installs it where it can.");
    }
}

using Microsoft.Playwright;

namespace MoriokaSite.Audit;

/// <summary>
/// The system's Chromium, driven by Playwright: no browser can be downloaded where the site is checked, so the
/// one the machine has is used (Debian's chromium; GitHub's Ubuntu runners ship Google Chrome).
/// </summary>
public static class Chromium
{
    // Debian's package first; on GitHub's runners the apt "chromium" is only a snap shim, and Chrome is there.
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/google-chrome", "/usr/bin/chromium-browser"];

    /// <summary>$CHROMIUM_PATH, else the first browser found; an error that says how to install one otherwise.</summary>
    public static string Path()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var found = (configured is { Length: > 0 } ? [configured] : Candidates).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            "Chromium was not found. Install it with `sudo apt-get install -y chromium` (Debian), or point CHROMIUM_PATH at a Chromium binary. "
            + "bash tools/publish-check.sh and bash tests/run.sh install it where they can.");
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Path(),
        Headless = true,

        // A closed network: without these, Chromium keeps trying to reach Google's services.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
}

using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.RegularExpressions;
using MoriokaSite.Commands;
using MoriokaSite.Tests.Commands;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Attacks;

/// <summary>
/// One folder of tests/attacks: case.json says what to break in a copy of the fixture site, which command to run
/// and how it must end — its exit status, the codes that must be printed and those that must not. A files/
/// folder beside it, if any, is copied over the site first. Every case must end without a stack trace, and a
/// failed build must leave no site behind.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed partial class AttackCase
{
    public const string Folder = "tests/attacks";

    private readonly JsonElement _case;

    private AttackCase(string name, string folder, JsonElement json)
    {
        Name = name;
        CaseFolder = folder;
        _case = json;
        Edits = json.TryGetProperty("edits", out var edits) ? edits.EnumerateArray().Select(AttackEdit.Of).ToList() : [];
    }

    public string Name { get; }

    private string CaseFolder { get; }

    private IReadOnlyList<AttackEdit> Edits { get; }

    private string Run => Text("run") ?? "check";

    public static IReadOnlyList<AttackCase> All() =>
        Directory.GetDirectories(Path.Combine(Repository.Root, Folder))
            .Order(StringComparer.Ordinal)
            .Select(folder => new AttackCase(Path.GetFileName(folder), folder, JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "case.json"))).RootElement.Clone()))
            .ToList();

    public async Task<AttackOutcome> RunAsync()
    {
        var unprivileged = Edits.Any(e => e.NeedsUnprivilegedUser);
        if (unprivileged && UnprivilegedRun.Unavailable is { } reason)
        {
            return new AttackOutcome(Name, 0, [], TimeSpan.Zero, [], reason);
        }

        using var site = new SiteCopy();
        var overlay = Path.Combine(CaseFolder, "files");
        if (Directory.Exists(overlay))
        {
            Morioka2015.CopyFolder(overlay, site.Root, overwrite: true);
        }

        foreach (var edit in Edits)
        {
            edit.ApplyTo(site.Root);
        }

        var clock = Stopwatch.StartNew();
        var (status, output, error) = Run == "host" ? await AskAsync(site.Root) : await RunCommandAsync(site.Root, unprivileged);
        var elapsed = clock.Elapsed;
        var codes = Printed().Matches(error).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
        return new AttackOutcome(Name, status, codes, elapsed, Problems(site.Root, status, codes, output + error));
    }

    private async Task<(int, string, string)> RunCommandAsync(string root, bool unprivileged)
    {
        string[] args = [Run, "--root", root, "--lang", "en", .. Strings("args")];
        if (!unprivileged)
        {
            return await ProgramRun.Run(args);
        }

        var taken = Edits.Where(e => e.NeedsUnprivilegedUser).Select(e => (Path: Path.Combine(root, e.Path), Mode: File.GetUnixFileMode(Path.Combine(root, e.Path)))).ToList();
        try
        {
            taken.ForEach(t => File.SetUnixFileMode(t.Path, UnixFileMode.None));
            return await UnprivilegedRun.Run(args);
        }
        finally
        {
            taken.ForEach(t => File.SetUnixFileMode(t.Path, t.Mode));
        }
    }

    /// <summary>A request to serve's server, over loopback, for the case's path (the site's own files) naming its host; the status it answers.</summary>
    private async Task<(int, string, string)> AskAsync(string root)
    {
        await using var server = await ServedFolder.StartAsync(root, "/");
        await using var connection = await RawHttp.ConnectAsync(server.Port);
        var host = Text("host")!.Replace("{port}", $"{server.Port}", StringComparison.Ordinal);
        await connection.SendAsync($"GET {Text("path") ?? "/"} HTTP/1.1\r\nHost: {host}\r\n\r\n");
        var response = await connection.ReadResponseAsync();
        return (response.Status, response.Text, string.Empty);
    }

    private List<string> Problems(string root, int status, IReadOnlyList<string> codes, string printed)
    {
        var problems = new List<string>();
        var expected = _case.GetProperty(Run == "host" ? "status" : "exit").GetInt32();
        if (status != expected)
        {
            problems.Add($"ended with {status}, not {expected}");
        }

        problems.AddRange(Strings("codes").Except(codes).Select(c => $"{c} was not printed"));
        problems.AddRange(Strings("absent").Intersect(codes).Select(c => $"{c} was printed"));
        // A template's own exception is named in its MS303 message; a stack trace, or the internal error, never is.
        if (printed.Contains("   at ", StringComparison.Ordinal) || printed.Contains(CommandMessages.InternalError.English.Split('\n')[0], StringComparison.Ordinal))
        {
            problems.Add("a stack trace was printed");
        }

        if (Run == "build" && status != 0 && Directory.Exists(Path.Combine(root, "_site")))
        {
            problems.Add("a failed build left a site behind");
        }

        problems.AddRange(Strings("kept").Where(k => !File.Exists(Path.Combine(root, k))).Select(k => $"{k} was removed"));
        return problems;
    }

    private string? Text(string name) => _case.TryGetProperty(name, out var value) ? value.GetString() : null;

    private IReadOnlyList<string> Strings(string name) =>
        _case.TryGetProperty(name, out var value) ? value.EnumerateArray().Select(v => v.GetString()!).ToList() : [];

    [GeneratedRegex(@": (?:error|warning) (MS\d{3}):")]
    private static partial Regex Printed();
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MoriokaSite.Tests.Attacks;

/// <summary>
/// One change an attack makes to a copy of the fixture site, as case.json writes it: an object whose first
/// property names the change and the file, the others its details. Paths are from the site's root.
/// </summary>
/// <remarks>
/// <c>replace</c> (old, new, times: new repeated, keep: new inserted after old, all: every old),
/// <c>append</c> (text, times), <c>write</c> (text),
/// <c>insertBytes</c> (hex, after: a text, or at the start without it), <c>encode</c> (as: shift_jis),
/// <c>crlf</c>, <c>delete</c>, <c>move</c> (to), <c>link</c> (to), <c>fifo</c>, <c>unreadable</c>.
/// </remarks>
internal sealed record AttackEdit(string Kind, string Path, JsonElement Details)
{
    public static AttackEdit Of(JsonElement edit)
    {
        var first = edit.EnumerateObject().First();
        return new AttackEdit(first.Name, first.Value.GetString()!, edit);
    }

    /// <summary>Whether the run must be made by a user whom permissions stop.</summary>
    public bool NeedsUnprivilegedUser => Kind == "unreadable";

    public void ApplyTo(string root)
    {
        var path = System.IO.Path.Combine(root, Path);
        switch (Kind)
        {
            case "replace":
                var old = Text("old");
                var replaced = File.ReadAllText(path);
                Assert.True(replaced.Contains(old, StringComparison.Ordinal), $"{Path} has no \"{old}\" to replace");
                var replacement = (Flag("keep") ? old : string.Empty) + Repeat(Text("new"));
                WriteKeepingMark(path, Flag("all") ? replaced.Replace(old, replacement, StringComparison.Ordinal) : ReplaceFirst(replaced, old, replacement));
                break;
            case "append":
                WriteKeepingMark(path, File.ReadAllText(path) + Repeat(Text("text")));
                break;
            case "write":
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                File.WriteAllText(path, Repeat(Text("text")));
                break;
            case "insertBytes":
                InsertBytes(path);
                break;
            case "encode":
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                File.WriteAllBytes(path, Encoding.GetEncoding(Text("as")).GetBytes(File.ReadAllText(path)));
                break;
            case "crlf":
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(File.ReadAllBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)));
                break;
            case "delete":
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }

                break;
            case "move":
                Directory.Move(path, System.IO.Path.Combine(root, Text("to")));
                break;
            case "link":
                File.CreateSymbolicLink(path, Text("to"));
                break;
            case "fifo":
                using (var mkfifo = Process.Start("mkfifo", path))
                {
                    mkfifo.WaitForExit();
                }

                break;
            case "unreadable":
                break; // Taken away just before the run, and given back after it: see AttackCase.
            default:
                throw new InvalidOperationException($"Unknown change \"{Kind}\" in an attack case.");
        }
    }

    private string Text(string name) => Details.GetProperty(name).GetString()!;

    private bool Flag(string name) => Details.TryGetProperty(name, out var value) && value.GetBoolean();

    private string Repeat(string text) =>
        Details.TryGetProperty("times", out var times) ? string.Concat(Enumerable.Repeat(text, times.GetInt32())) : text;

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    /// <summary>Writes UTF-8 with a byte-order mark exactly when the file had one (Excel's CSV files do).</summary>
    private static void WriteKeepingMark(string path, string text)
    {
        var bytes = File.ReadAllBytes(path);
        var marked = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        File.WriteAllText(path, text, new UTF8Encoding(marked));
    }

    private void InsertBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var inserted = Convert.FromHexString(Text("hex"));
        var offset = 0;
        if (Details.TryGetProperty("after", out var after))
        {
            var text = Encoding.UTF8.GetBytes(after.GetString()!);
            offset = bytes.AsSpan().IndexOf(text);
            Assert.True(offset >= 0, $"{Path} has no \"{after.GetString()}\" to insert after");
            offset += text.Length;
        }

        File.WriteAllBytes(path, [.. bytes[..offset], .. inserted, .. bytes[offset..]]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Path}");
}

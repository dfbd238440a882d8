using System.Text.Encodings.Web;
using System.Text.Json;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Commands.Preview;

/// <summary>
/// One build of a serve session as the open pages hear of it. The id is unique to this process and this
/// build, so a page knows whether it shows this build, and a page from before a restart always reloads.
/// <see cref="Failure"/> is set when the build stopped on something other than the user's input (a bug, a file it could not replace): a short
/// message for the page (the details, for a report, go to the terminal only).
/// </summary>
public sealed record PreviewBuild(string Id, bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, string? Failure = null)
{
    // Japanese messages stay readable in the stream; the browser parses them as JSON, never as HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>{"build":"…","ok":false,"diagnostics":[{"path","line","column","severity","code","message"}],"failure":null}</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("build", Id);
            json.WriteBoolean("ok", Succeeded);
            json.WriteStartArray("diagnostics");
            foreach (var d in Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("failure", Failure);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}

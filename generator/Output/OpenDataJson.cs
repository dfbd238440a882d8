using System.Text.Encodings.Web;
using System.Text.Json;
using MoriokaSite.Model;
using MoriokaSite.Rendering;

namespace MoriokaSite.Output;

/// <summary>/data/projects.json, in the schema the contract publishes: one entry per project, 再掲 as alsoIn.</summary>
public static class OpenDataJson
{
    // Japanese stays readable in the file; JSON needs no HTML-safe escaping, it is never inlined in a page.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RenderedFile Write(SiteModel site, Routes routes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("projects");
            foreach (var project in site.Projects)
            {
                WriteProject(json, project, routes);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return new RenderedFile("data/projects.json", buffer.ToArray());
    }

    private static void WriteProject(Utf8JsonWriter json, Project project, Routes routes)
    {
        json.WriteStartObject();
        json.WriteString("id", project.Id);
        json.WriteString("name", project.Name);
        json.WriteString("summary", project.Summary);
        json.WriteString("field", project.Field.Slug);
        json.WriteString("fieldName", project.Field.Title);
        json.WriteString("status", Labels.Of(project.Status).Key);
        WriteArray(json, "towns", project.Towns.Select(t => t.Slug));
        WriteArray(json, "tags", project.Tags.Select(t => Labels.Of(t).Key));
        WriteArray(json, "alsoIn", project.AlsoIn.Select(f => f.Slug));
        json.WriteString("url", routes.Absolute(routes.Project(project)));
        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

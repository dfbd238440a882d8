using System.Text.Encodings.Web;
using System.Text.Json;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Output;

/// <summary>/data/projects.json, in the schema the contract publishes: one entry per project, 再掲 as alsoIn.</summary>
public static class OpenDataJson
{
    // Japanese stays readable in the file; JSON needs no HTML-safe escaping, it is never inlined in a page.
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static RenderedFile Write(SiteModel site, Routes routes, Wording wording)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", routes.Absolute(routes.ProjectsSchema));
            var columns = OpenDataColumns.For(site, wording);
            json.WriteStartArray("projects");
            foreach (var project in site.Projects)
            {
                json.WriteStartObject();
                foreach (var column in columns)
                {
                    var values = column.Values(project, routes);
                    if (column.IsList)
                    {
                        json.WriteStartArray(column.Key);
                        foreach (var value in values)
                        {
                            json.WriteStringValue(value);
                        }

                        json.WriteEndArray();
                    }
                    else
                    {
                        json.WriteString(column.Key, values.Single());
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            OpenDataTowns.Write(json, site);
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return new RenderedFile(SitePaths.ProjectsJson.OutputFile, buffer.ToArray());
    }
}

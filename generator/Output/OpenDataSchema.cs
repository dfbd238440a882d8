using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Output;

/// <summary>
/// /data/projects.schema.json: a JSON Schema (draft 2020-12) for /data/projects.json. The allowed
/// field and town ids are the site's own, so a consumer can validate against exactly this data set.
/// </summary>
public static class OpenDataSchema
{
    public static RenderedFile Write(SiteModel site, Routes routes, Wording wording)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, OpenDataJson.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("$id", routes.Absolute(routes.ProjectsSchema));
            json.WriteString("title", wording["data.schemaTitle"]);
            json.WriteString("type", "object");
            json.WriteStartArray("required");
            json.WriteStringValue("projects");
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("type", "string");
            json.WriteEndObject();
            json.WriteStartObject("projects");
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            WriteProject(json, site, wording);
            json.WriteEndObject();
            json.WriteEndObject();
            OpenDataTowns.WriteSchema(json, site, wording);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return new RenderedFile(SitePaths.ProjectsSchema.OutputFile, buffer.ToArray());
    }

    private static void WriteProject(System.Text.Json.Utf8JsonWriter json, SiteModel site, Wording wording)
    {
        var allowed = new Dictionary<string, IEnumerable<string>>
        {
            ["field"] = site.Fields.Select(f => f.Slug),
            ["status"] = site.Labels.Statuses.Select(s => s.Key),
            ["towns"] = site.Towns.Select(t => t.Slug),
            ["tags"] = site.Labels.Tags.Select(t => t.Key),
            ["alsoIn"] = site.Fields.Select(f => f.Slug),
        };

        json.WriteString("type", "object");
        var columns = OpenDataColumns.For(site, wording);
        json.WriteStartArray("required");
        foreach (var column in columns)
        {
            json.WriteStringValue(column.Key);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var column in columns)
        {
            json.WriteStartObject(column.Key);
            json.WriteString("title", column.Label);
            json.WriteString("description", column.Description);
            if (column.IsList)
            {
                json.WriteString("type", "array");
                json.WriteBoolean("uniqueItems", true);
                json.WriteStartObject("items");
            }

            json.WriteString("type", "string");
            if (allowed.TryGetValue(column.Key, out var values))
            {
                json.WriteStartArray("enum");
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }
            else if (column.Pattern is not null)
            {
                json.WriteString("pattern", column.Pattern);
            }
            else if (!column.MayBeEmpty)
            {
                json.WriteNumber("minLength", 1);
            }

            if (column.IsList)
            {
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}

using System.Text.Json;
using MoriokaSite.Model;
using MoriokaSite.Words;

namespace MoriokaSite.Output;

/// <summary>
/// The towns in the open data (projects.json's "towns", added beside "projects" as the contract allows): each town's
/// id as the projects name it, its name, and its 全国地方公共団体コード, by which others join the data with national
/// statistics and maps.
/// </summary>
internal static class OpenDataTowns
{
    public static void Write(Utf8JsonWriter json, SiteModel site)
    {
        json.WriteStartArray("towns");
        foreach (var town in site.Towns)
        {
            json.WriteStartObject();
            json.WriteString("id", town.Slug);
            json.WriteString("name", town.Name);
            json.WriteString("code", town.Code);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteSchema(Utf8JsonWriter json, SiteModel site, Wording wording)
    {
        json.WriteStartObject("towns");
        json.WriteString("title", wording["data.townsTitle"]);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        foreach (var key in new[] { "id", "name", "code" })
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartObject("id");
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var town in site.Towns)
        {
            json.WriteStringValue(town.Slug);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("name");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteStartObject("code");
        json.WriteString("description", wording["data.townCodeDescription"]);
        json.WriteString("type", "string");
        json.WriteString("pattern", "^([0-9]{6})?$");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

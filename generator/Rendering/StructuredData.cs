using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoriokaSite.Model;

namespace MoriokaSite.Rendering;

/// <summary>
/// JSON-LD (schema.org) for search engines: the region and its municipalities as government
/// organisations, and each project as a government service they provide.
/// </summary>
public sealed class StructuredData(SiteModel site, Routes routes)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Region() => Write(json =>
    {
        WriteRegion(json, withContext: true);
    });

    public string Town(Town town) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        WriteTownBody(json, town);
        json.WritePropertyName("parentOrganization");
        WriteRegion(json, withContext: false, withMembers: false);
        json.WriteEndObject();
    });

    public string Project(Project project) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "GovernmentService");
        json.WriteString("name", project.Name);
        json.WriteString("description", SummaryBlock.PlainText(project.Summary));
        json.WriteString("url", routes.Absolute(routes.Project(project)));
        json.WriteString("serviceType", project.Field.Title);
        json.WriteStartArray("provider");
        foreach (var town in project.Towns)
        {
            json.WriteStartObject();
            WriteTownBody(json, town);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("areaServed");
        json.WriteString("@type", "AdministrativeArea");
        json.WriteString("name", site.Config.Region);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private void WriteRegion(Utf8JsonWriter json, bool withContext, bool withMembers = true)
    {
        json.WriteStartObject();
        if (withContext)
        {
            json.WriteString("@context", "https://schema.org");
        }

        json.WriteString("@type", "GovernmentOrganization");
        json.WriteString("name", site.Config.Region);
        json.WriteString("url", routes.Absolute(routes.Home));
        if (withMembers)
        {
            json.WriteStartArray("member");
            foreach (var town in site.Towns)
            {
                json.WriteStartObject();
                WriteTownBody(json, town);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteTownBody(Utf8JsonWriter json, Town town)
    {
        json.WriteString("@type", "GovernmentOrganization");
        json.WriteString("name", town.Name);
        json.WriteString("alternateName", town.Reading);
        json.WriteString("url", routes.Absolute(routes.Town(town)));
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            body(json);
        }

        // Inside <script>, "</script>" in a value would end the element: no "<" may appear raw.
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}

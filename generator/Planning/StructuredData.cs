using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoriokaSite.Markup;
using MoriokaSite.Model;
using MoriokaSite.Routing;

namespace MoriokaSite.Planning;

/// <summary>
/// JSON-LD (schema.org) for search engines, claiming no more than the source does: the site is a
/// website about an area (盛岡広域圏) and its municipalities, not an organisation's own — on the
/// source's date the 連携中枢都市圏 had not yet been formed — and a project page describes a
/// candidate project, not a service anyone provides yet.
/// </summary>
public sealed class StructuredData(SiteModel site, Routes routes)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Home() => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        WriteSiteBody(json);
        json.WriteString("description", site.Config.Description);

        // Only a publisher site.json names: the source names none for a website.
        if (site.Config.Publisher.Length > 0)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", site.Config.Publisher);
            json.WriteEndObject();
        }

        WriteArea(json, "about");
        WriteTowns(json, "mentions", site.Towns);
        json.WriteEndObject();
    });

    public string Town(Town town) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        WriteTownBody(json, town);
        json.WriteEndObject();
    });

    public string Project(Project project) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "WebPage");
        json.WriteString("name", project.Name);
        json.WriteString("description", SummaryBlock.PlainText(project.Summary));
        json.WriteString("url", routes.Absolute(routes.Project(project)));
        json.WriteStartObject("isPartOf");
        WriteSiteBody(json);
        json.WriteEndObject();
        WriteTowns(json, "mentions", project.Towns);
        WriteArea(json, "spatialCoverage");
        json.WriteEndObject();
    });

    private void WriteSiteBody(Utf8JsonWriter json)
    {
        json.WriteString("@type", "WebSite");
        json.WriteString("name", site.Config.Title);
        json.WriteString("url", routes.Absolute(routes.Home));
        json.WriteString("inLanguage", site.Config.Language);
    }

    private void WriteArea(Utf8JsonWriter json, string property)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "AdministrativeArea");
        json.WriteString("name", site.Config.Region);
        json.WriteEndObject();
    }

    private void WriteTowns(Utf8JsonWriter json, string property, IEnumerable<Town> towns)
    {
        json.WriteStartArray(property);
        foreach (var town in towns)
        {
            json.WriteStartObject();
            WriteTownBody(json, town);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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

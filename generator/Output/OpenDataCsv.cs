using System.Globalization;
using System.Text;
using CsvHelper;
using MoriokaSite.Model;
using MoriokaSite.Rendering;

namespace MoriokaSite.Output;

/// <summary>
/// /data/projects.csv: the same records as the JSON, with the JSON's keys as headers and lists
/// joined by 「;」. UTF-8 with a byte-order mark, which is what lets Excel on Windows open it.
/// </summary>
public static class OpenDataCsv
{
    public static readonly string[] Columns = ["id", "name", "summary", "field", "fieldName", "status", "towns", "tags", "alsoIn", "url"];

    public static RenderedFile Write(SiteModel site, Routes routes)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var project in site.Projects)
            {
                csv.WriteField(project.Id);
                csv.WriteField(project.Name);
                csv.WriteField(project.Summary);
                csv.WriteField(project.Field.Slug);
                csv.WriteField(project.Field.Title);
                csv.WriteField(Labels.Of(project.Status).Key);
                csv.WriteField(string.Join(';', project.Towns.Select(t => t.Slug)));
                csv.WriteField(string.Join(';', project.Tags.Select(t => Labels.Of(t).Key)));
                csv.WriteField(string.Join(';', project.AlsoIn.Select(f => f.Slug)));
                csv.WriteField(routes.Absolute(routes.Project(project)));
                csv.NextRecord();
            }
        }

        var bom = Encoding.UTF8.GetPreamble();
        return new RenderedFile("data/projects.csv", [.. bom, .. Encoding.UTF8.GetBytes(text.ToString())]);
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Output;

/// <summary>
/// /data/changes.json and /data/changes.csv: every change to a project, newest first, with its date, its kind,
/// the values before and after, and the publication (commit, tag) it came with. The first version's projects are
/// there too, as "listed" on the source's date, so that each project's first publication can be read from them.
/// </summary>
public static class ChangesData
{
    private static readonly string[] Keys = ["date", "project", "projectName", "kind", "from", "to", "items", "text", "commit", "tag", "url"];

    public static IReadOnlyList<RenderedFile> Write(SiteHistory history, Routes routes, Wording wording)
    {
        var words = new ChangeWords(wording);
        var rows = history.All.Select(c => Row(c, routes, words)).ToList();
        return [Json(rows, routes), Csv(rows, routes)];
    }

    private static Dictionary<string, object> Row(ProjectChange change, Routes routes, ChangeWords words) => new(StringComparer.Ordinal)
    {
        ["date"] = change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["project"] = change.ProjectId,
        ["projectName"] = change.ProjectName,
        ["kind"] = ChangeWords.Key(change.Kind),
        ["from"] = change.From,
        ["to"] = change.To,
        ["items"] = change.Items,
        ["text"] = words.Sentence(change),
        ["commit"] = change.Publication.Commit,
        ["tag"] = change.Publication.Tag ?? string.Empty,
        ["url"] = routes.Absolute(routes.ProjectById(change.ProjectId)),
    };

    private static RenderedFile Json(IReadOnlyList<Dictionary<string, object>> rows, Routes routes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, OpenDataJson.Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("changes");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                foreach (var key in Keys)
                {
                    if (row[key] is IReadOnlyList<string> items)
                    {
                        json.WriteStartArray(key);
                        foreach (var item in items)
                        {
                            json.WriteStringValue(item);
                        }

                        json.WriteEndArray();
                    }
                    else
                    {
                        json.WriteString(key, (string)row[key]);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return new RenderedFile(SitePaths.ChangesJson.OutputFile, buffer.ToArray());
    }

    /// <summary>As the projects' CSV: UTF-8 with a byte-order mark for Excel, lists joined by 「;」, formulas escaped.</summary>
    private static RenderedFile Csv(IReadOnlyList<Dictionary<string, object>> rows, Routes routes)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var key in Keys)
            {
                csv.WriteField(key);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var key in Keys)
                {
                    csv.WriteField(row[key] is IReadOnlyList<string> items ? string.Join(OpenDataColumns.ListSeparator, items) : (string)row[key]);
                }

                csv.NextRecord();
            }
        }

        return new RenderedFile(SitePaths.ChangesCsv.OutputFile, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())]);
    }
}

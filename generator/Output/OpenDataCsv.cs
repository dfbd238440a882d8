using System.Globalization;
using System.Text;
using CsvHelper;
using MoriokaSite.Model;
using MoriokaSite.Rendering;

namespace MoriokaSite.Output;

/// <summary>
/// The CSV downloads: every project, or those of one town or one field. The JSON's keys as headers,
/// lists joined by 「;」, UTF-8 with a byte-order mark: without it, Excel on Windows reads the file as Shift_JIS.
/// </summary>
public static class OpenDataCsv
{
    public static RenderedFile Write(string path, IEnumerable<Project> projects, Routes routes)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var column in OpenDataColumns.All)
            {
                csv.WriteField(column.Key);
            }

            csv.NextRecord();
            foreach (var project in projects)
            {
                foreach (var column in OpenDataColumns.All)
                {
                    csv.WriteField(string.Join(OpenDataColumns.ListSeparator, column.Values(project, routes)));
                }

                csv.NextRecord();
            }
        }

        return new RenderedFile(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())]);
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MoriokaSite.Model;
using MoriokaSite.Routing;
using MoriokaSite.Words;

namespace MoriokaSite.Output;

/// <summary>
/// The CSV downloads: every project, or those of one town or one field. The JSON's keys as headers,
/// lists joined by 「;」, UTF-8 with a byte-order mark: without it, Excel on Windows reads the file as Shift_JIS.
/// </summary>
/// <remarks>
/// Excel runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula, which can
/// fetch from or send to another site. As OWASP advises for CSV meant for spreadsheets, such a cell is
/// written with a single quotation mark before it, and quoted (CsvHelper's injection escaping); the
/// JSON keeps the value as it is. The /data/ page says so.
/// </remarks>
public static class OpenDataCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public static RenderedFile Write(string path, IEnumerable<Project> projects, IReadOnlyList<OpenDataColumns.Column> columns, Routes routes)
    {
        // Straight into UTF-8 bytes, the byte-order mark first: no string of the whole file (at 100,000 projects each is tens of megabytes).
        using var buffer = new MemoryStream();
        using (var csv = new CsvWriter(new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" }, Configuration))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Key);
            }

            csv.NextRecord();
            foreach (var project in projects)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(string.Join(OpenDataColumns.ListSeparator, column.Values(project, routes)));
                }

                csv.NextRecord();
            }
        }

        return new RenderedFile(path, buffer.ToArray());
    }
}

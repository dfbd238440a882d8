using System.Globalization;
using System.Text;
using CsvHelper;

namespace MoriokaSite.Tests.Support;

/// <summary>
/// A site N times the size of the real one: every project of data/projects.csv repeated N times under
/// new ids, with the same fields, towns, statuses, tags and text lengths; the same 17 fields and 8 towns.
/// Everything else of the site (content, theme, site.json, every other file of data/) is copied as it is, so a
/// synthetic site of another revision's checkout is that revision's site, N times over.
/// </summary>
public static class SyntheticSite
{
    private static readonly string[] Inputs = ["content", "themes", "site.json"];

    /// <returns>The number of projects written.</returns>
    public static int Write(string repositoryRoot, string target, int scale)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var input in Inputs)
        {
            Copy(Path.Combine(repositoryRoot, input), Path.Combine(target, input));
        }

        foreach (var data in Directory.GetFiles(Path.Combine(repositoryRoot, "data")).Where(f => Path.GetFileName(f) != "projects.csv"))
        {
            Copy(data, Path.Combine(target, "data", Path.GetFileName(data)));
        }

        var rows = ReadProjects(Path.Combine(repositoryRoot, "data/projects.csv"), out var header);
        using var writer = new StreamWriter(Path.Combine(target, "data/projects.csv"), false, new UTF8Encoding(true));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in header)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        var count = 0;
        for (var copy = 1; copy <= scale; copy++)
        {
            foreach (var row in rows)
            {
                // s002-p057: a new id per copy; the name keeps its length class with a short copy number.
                csv.WriteField($"s{copy:D3}-{row[0]}");
                csv.WriteField(scale == 1 ? row[1] : $"{row[1]}（{copy}）");
                foreach (var cell in row.Skip(2))
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
                count++;
            }
        }

        return count;
    }

    private static List<string[]> ReadProjects(string path, out string[] header)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        header = csv.HeaderRecord!;
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, header.Length).Select(i => csv.GetField(i) ?? string.Empty).ToArray());
        }

        return rows;
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(source))
        {
            File.Copy(source, target, overwrite: true);
            return;
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}

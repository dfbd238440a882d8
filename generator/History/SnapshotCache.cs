using System.Text.Json;

namespace MoriokaSite.History;

/// <summary>
/// What each version of data/projects.csv gives, kept between builds by the file's git object id: the id is the
/// hash of the bytes, so an entry never goes stale. A folder of its own ("v1"): a change to how versions are read
/// takes a new folder, and the old entries are simply not read. An entry that cannot be read is read again from git.
/// </summary>
internal sealed class SnapshotCache(string folder)
{
    private readonly string _folder = Path.Combine(folder, "v1");

    public bool TryRead(string blob, out IReadOnlyDictionary<string, RowSnapshot>? rows)
    {
        rows = null;
        try
        {
            var entry = JsonSerializer.Deserialize<string[][]?>(File.ReadAllBytes(PathOf(blob)));
            if (entry is [["unreadable"]])
            {
                return true;
            }

            if (entry is null || entry.Any(r => r.Length != 7))
            {
                return false;
            }

            var result = new Dictionary<string, RowSnapshot>(StringComparer.Ordinal);
            foreach (var r in entry)
            {
                result.TryAdd(r[0], new RowSnapshot(r[1], r[2], r[3], r[4], r[5], r[6]));
            }

            rows = result;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return false;
        }
    }

    public void Write(string blob, IReadOnlyDictionary<string, RowSnapshot>? rows)
    {
        string[][] entry = rows is null
            ? [["unreadable"]]
            : rows.Select(r => new[] { r.Key, r.Value.Name, r.Value.Summary, r.Value.Field, r.Value.Status, r.Value.Towns, r.Value.Tags }).ToArray();
        try
        {
            Directory.CreateDirectory(_folder);
            // Written aside and moved in: two builds at once never read half an entry.
            var temporary = PathOf(blob) + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(entry));
            File.Move(temporary, PathOf(blob), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next build read git again.
        }
    }

    private string PathOf(string blob) => Path.Combine(_folder, blob + ".json");
}

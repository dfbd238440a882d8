using System.Text;
using System.Text.Json;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>Where each top-level key of a JSON file is written, so that a wrong value is reported on its line.</summary>
internal static class JsonKeyPositions
{
    /// <summary>The first position of each key; call it only on text that parses as JSON.</summary>
    public static IReadOnlyDictionary<string, SourceLocation> Of(string path, string text, JsonReaderOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, options);
        var positions = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                positions.TryAdd(reader.GetString()!, Locate(path, bytes, (int)reader.TokenStartIndex));
            }
        }

        return positions;
    }

    private static SourceLocation Locate(string path, byte[] bytes, int offset)
    {
        var (line, column) = LineAndColumn(bytes, offset);
        return new SourceLocation(path, line, column);
    }

    /// <summary>The 1-based line, and column in characters, of a byte of UTF-8 text.</summary>
    public static (int Line, int Column) LineAndColumn(byte[] bytes, int offset)
    {
        var before = bytes.AsSpan(0, offset);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (1 + before.Count((byte)'\n'), 1 + Encoding.UTF8.GetCharCount(before[lineStart..]));
    }
}

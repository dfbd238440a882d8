using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MoriokaSite.Loading;

/// <summary>
/// The <c>\uD800</c>-style escapes of a JSON file that stand for half a character. JSON allows writing a
/// character outside the basic plane as two escapes (<c>\uD83D\uDE00</c>), but one half alone is no
/// character: the reader accepts the file and throws only when the string is asked for, so each is found
/// here first, with its place, before any value is read.
/// </summary>
internal static class JsonLoneSurrogates
{
    /// <summary>Each lone half in a key or a text value, in file order: its escape as written and where it starts.</summary>
    /// <param name="text">Text that parses as JSON with <paramref name="options"/>.</param>
    public static IReadOnlyList<(string Escape, int Line, int Column)> Find(string text, JsonReaderOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, options);
        var found = new List<(string, int, int)>();
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String && reader.ValueIsEscaped
                && LoneAt(reader.ValueSpan) is { } at)
            {
                // The value starts after its opening quotation mark.
                var offset = (int)reader.TokenStartIndex + 1 + at;
                var (line, column) = JsonKeyPositions.LineAndColumn(bytes, offset);
                found.Add((Encoding.ASCII.GetString(bytes, offset, 6), line, column));
            }
        }

        return found;
    }

    /// <summary>Where in a string's raw bytes the first lone half's escape starts, or null.</summary>
    private static int? LoneAt(ReadOnlySpan<byte> raw)
    {
        int? pendingHigh = null;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                if (pendingHigh is not null)
                {
                    return pendingHigh;
                }

                continue;
            }

            // The reader has checked every escape: after \u come four hex digits.
            var escape = raw[i + 1];
            var unit = escape == 'u' ? int.Parse(Encoding.ASCII.GetString(raw.Slice(i + 2, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture) : -1;
            if (pendingHigh is not null && unit is not (>= 0xDC00 and <= 0xDFFF))
            {
                return pendingHigh;
            }

            if (unit is >= 0xDC00 and <= 0xDFFF && pendingHigh is null)
            {
                return i;
            }

            pendingHigh = unit is >= 0xD800 and <= 0xDBFF ? i : null;
            i += escape == 'u' ? 5 : 1;
        }

        return pendingHigh;
    }
}

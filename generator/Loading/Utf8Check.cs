using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MoriokaSite.Loading;

/// <summary>
/// Tells a UTF-8 file with a few broken bytes from a Shift_JIS one, and where the first broken byte is.
/// In Shift_JIS Japanese text nearly every character is invalid as UTF-8, and only a few byte pairs
/// happen to form a valid UTF-8 character; in UTF-8 text with a stray byte (a character pasted from
/// elsewhere, a file cut short) it is the other way round. So the file is taken for UTF-8 when it starts
/// with a byte-order mark, or when it has at least as many valid multi-byte characters as broken ones.
/// </summary>
public sealed record Utf8Check(bool MeantAsUtf8, int Line, int Column)
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Null when the bytes are valid UTF-8 throughout.</summary>
    public static Utf8Check? Of(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (Utf8.IsValid(span))
        {
            return null;
        }

        int offset = 0, valid = 0, broken = 0, first = -1;
        while (offset < span.Length)
        {
            var status = Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                broken++;
                first = first < 0 ? offset : first;
            }
            else if (consumed > 1)
            {
                valid++;
            }

            offset += Math.Max(consumed, 1);
        }

        if (first < 0)
        {
            return null;
        }

        var (line, column) = PositionOf(span, first);
        return new Utf8Check(span.StartsWith(ByteOrderMark) || valid >= broken && valid > 0, line, column);
    }

    /// <summary>1-based line, and column in characters, of a byte; the bytes before it are valid UTF-8.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var text = Encoding.UTF8.GetString(before[lineStart..]).TrimStart('\uFEFF');
        return (line, text.Length + 1);
    }
}

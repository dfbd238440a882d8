using System.Text;
using MoriokaSite.Loading;

namespace MoriokaSite.Editing;

/// <summary>The encoding a file was saved in, as the loader reads it: UTF-8 when its bytes are valid UTF-8, else Excel's Shift_JIS (code page 932).</summary>
internal static class FileEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Null when the bytes are neither (the loader reports such a file).</summary>
    public static Encoding? Of(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return StrictUtf8;
        }
        catch (DecoderFallbackException)
        {
            return SourceFile.Decode(bytes) is null ? null : SourceFile.StrictCp932;
        }
    }
}

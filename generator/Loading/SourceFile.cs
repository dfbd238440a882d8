using System.Text;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>
/// Reads a content file as text, reporting a missing or undecodable file as a diagnostic.
/// Excel on Japanese Windows saves "CSV UTF-8" with a byte-order mark and plain "CSV" as Shift_JIS
/// (code page 932): a file that is valid UTF-8 is read as UTF-8, one that is UTF-8 but for a few broken
/// bytes is reported where the first one is, any other is read as CP932 if it is valid CP932.
/// The file is opened through <see cref="InsideSite"/>, so a link out of the site is never read.
/// </summary>
public static class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Shift_JIS as Windows writes it (code page 932), failing on bytes it cannot decode.</summary>
    internal static readonly Encoding StrictCp932 = CreateCp932();

    /// <param name="root">The site's root folder.</param>
    /// <param name="relativePath">The path as printed in diagnostics, with forward slashes.</param>
    /// <param name="description">What the file is, for the message when it is missing.</param>
    public static string? ReadText(string root, string relativePath, Phrase description, DiagnosticBag diagnostics)
    {
        var bytes = InsideSite.ReadBytes(root, relativePath, diagnostics, Problems.FileMissing(description));
        if (bytes is null)
        {
            return null;
        }

        // A UTF-8 file with a broken byte is not Shift_JIS: re-reading it as CP932 would publish it garbled.
        if (Utf8Check.Of(bytes) is { MeantAsUtf8: true } broken)
        {
            diagnostics.Error(new SourceLocation(relativePath, broken.Line, broken.Column), Problems.Utf8Broken());
            return null;
        }

        var (text, shiftJis) = DecodeWithEncoding(bytes);
        if (text is null)
        {
            diagnostics.Error(SourceLocation.StartOf(relativePath), Problems.FileUnreadable());
        }
        else if (shiftJis)
        {
            // Read as it is, but GitHub shows neither the file nor a change to it: a review would see nothing.
            diagnostics.Warning(SourceLocation.StartOf(relativePath), Problems.SavedAsShiftJis());
        }

        return text;
    }

    /// <summary>
    /// The text of a file's bytes, or null when they are neither UTF-8 nor CP932. Used where a file is only
    /// peeked at; <see cref="ReadText"/> also refuses a UTF-8 file with a broken byte.
    /// </summary>
    public static string? Decode(byte[] bytes) => DecodeWithEncoding(bytes).Text;

    private static (string? Text, bool ShiftJis) DecodeWithEncoding(byte[] bytes)
    {
        foreach (var encoding in new[] { StrictUtf8, StrictCp932 })
        {
            try
            {
                var text = encoding.GetString(bytes);
                if (encoding == StrictCp932 && !LooksLikeText(text))
                {
                    return (null, false);
                }

                // Excel's "CSV UTF-8" and Windows Notepad start the file with a byte-order mark.
                return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, encoding == StrictCp932);
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return (null, false);
    }

    // CP932 gives a character to almost any byte (0xFD-0xFF become private-use characters): bytes of
    // another encoding "decode" without error. Real text has neither those nor control characters.
    private static bool LooksLikeText(string text) =>
        !text.Any(c => c is (>= '\uE000' and <= '\uF8FF') || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')));

    private static Encoding CreateCp932()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}

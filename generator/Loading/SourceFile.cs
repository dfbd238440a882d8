using System.Text;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>Reads a content file as text, reporting a missing or undecodable file as a diagnostic.</summary>
public static class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="root">The site's root folder.</param>
    /// <param name="relativePath">The path as printed in diagnostics, with forward slashes.</param>
    public static string? ReadText(string root, string relativePath, string description, DiagnosticBag diagnostics)
    {
        var fullPath = System.IO.Path.Combine(root, relativePath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(SourceLocation.StartOf(relativePath), Problems.FileMissing(description));
            return null;
        }

        var bytes = File.ReadAllBytes(fullPath);
        try
        {
            var text = StrictUtf8.GetString(bytes);

            // Excel's "CSV UTF-8" and Windows Notepad start the file with a byte-order mark.
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Error(SourceLocation.StartOf(relativePath), Problems.FileUnreadable($"UTF-8 ではない文字があります: {e.Index} バイト目"));
            return null;
        }
    }
}

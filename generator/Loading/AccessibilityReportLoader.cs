using System.Text;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>
/// Reads the accessibility audit's record (tools/MoriokaSite.Audit, run by the publishing check) as text for
/// validation to parse. It is not content: the publishing run makes it for the pages it is about to publish
/// and hands it to the build, so nobody keeps it up to date by hand, and it may lie outside the site.
/// </summary>
public static class AccessibilityReportLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="path">The file as given on the command line (relative to the current folder), or null.</param>
    /// <returns>The file's text; null when no record was given (the page then says when results are recorded) or it cannot be read (reported).</returns>
    public static AccessibilityReportText? Load(string? path, DiagnosticBag diagnostics)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return new AccessibilityReportText(path, StrictUtf8.GetString(File.ReadAllBytes(Path.GetFullPath(path))));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            diagnostics.Error(SourceLocation.StartOf(path), Problems.AccessibilityReportInvalid());
            return null;
        }
    }
}

using System.Globalization;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Modelling;

/// <summary>Checks shared by the builders: required values, whole numbers and names of a sensible length.</summary>
internal static class CellParsing
{
    public static bool Required(CsvCell cell, string column, DiagnosticBag diagnostics)
    {
        if (!cell.IsEmpty)
        {
            return true;
        }

        diagnostics.Error(cell.Location, Problems.ValueRequired(column));
        return false;
    }

    /// <summary>
    /// A warning for a name longer than <see cref="Problems.LongLabelLength"/>, counted as people see characters:
    /// a name that long is a paste gone wrong, and it would be printed in every heading, list and map label.
    /// </summary>
    public static void WarnIfLong(CsvCell cell, string column, DiagnosticBag diagnostics)
    {
        var length = new System.Globalization.StringInfo(cell.Value).LengthInTextElements;
        if (length > Problems.LongLabelLength)
        {
            diagnostics.Warning(cell.Location, Problems.LabelTooLong(column, length));
        }
    }

    public static int? Integer(CsvCell cell, string column, DiagnosticBag diagnostics)
    {
        if (!Required(cell, column, diagnostics))
        {
            return null;
        }

        // Full-width digits (１２) are what a Japanese IME types by default.
        var text = cell.Value.Normalize(System.Text.NormalizationForm.FormKC);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Error(cell.Location, Problems.NotANumber(column, cell.Value));
        return null;
    }

    /// <summary>
    /// Device names that Windows refuses as a file or folder name, with any extension, in any case. Ids
    /// become folders and files (projects/con/, data/towns/con.csv): one of these breaks a Windows checkout.
    /// </summary>
    public static bool IsReservedOnWindows(string id) =>
        id.ToLowerInvariant() is "con" or "prn" or "aux" or "nul"
        || (id.Length == 4 && (id.StartsWith("com", StringComparison.OrdinalIgnoreCase) || id.StartsWith("lpt", StringComparison.OrdinalIgnoreCase)) && id[3] is >= '1' and <= '9');

    /// <summary>Ids and slugs appear in URLs: lower-case ASCII letters, digits and inner hyphens only.</summary>
    public static bool IsSlug(string value) =>
        value.Length > 0 && value[0] != '-' && value[^1] != '-'
        && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}

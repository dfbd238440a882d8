using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Modelling;

/// <summary>
/// The column 団体コード of data/towns.csv: a 全国地方公共団体コード, five digits and a check digit (総務省's rule: the
/// digits weighted 6, 5, 4, 3, 2, the sum's remainder by 11 taken from 11, its last digit). The column is optional, so
/// that a region can add it later; a wrong code is a warning and left out, since a wrong code joins the wrong town.
/// </summary>
internal static class LocalGovernmentCode
{
    public const string Column = "団体コード";

    public static string Read(CsvTable table, CsvRow row, string townName, DiagnosticBag diagnostics)
    {
        if (!table.HasColumn(Column) || row[Column].IsEmpty)
        {
            return string.Empty;
        }

        var cell = row[Column];
        var code = TextNormalizerDigits(cell.Value.Trim());
        if (!IsValid(code))
        {
            diagnostics.Warning(cell.Location, Problems.BadLocalGovernmentCode(townName, cell.Value));
            return string.Empty;
        }

        return code;
    }

    public static bool IsValid(string code) =>
        code.Length == 6 && code.All(char.IsAsciiDigit) && code[5] - '0' == CheckDigit(code[..5]);

    /// <summary>The check digit of a five-digit code (the boundary data's N03_007 is the code without it).</summary>
    public static int CheckDigit(string fiveDigits)
    {
        var sum = fiveDigits.Select((c, i) => (c - '0') * (6 - i)).Sum();
        return (11 - (sum % 11)) % 10;
    }

    // Excel with a Japanese IME may write the digits full-width.
    private static string TextNormalizerDigits(string value) =>
        string.Concat(value.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c));
}

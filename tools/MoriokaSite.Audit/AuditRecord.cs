using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoriokaSite.Output;

namespace MoriokaSite.Audit;

/// <summary>
/// The audit's results as the build reads them for /accessibility/ (build --accessibility-report): the test's
/// date in Japan, how many pages, the fingerprint of the files tested, and each check's tool and count.
/// </summary>
public static class AuditRecord
{
    /// <summary>The order the checks are listed in.</summary>
    public static readonly IReadOnlyList<string> Checks = [AxeCheck.Id, HtmlCheck.Id, ReflowCheck.Id, LinkCheck.Id];

    public static string Write(SiteFolder site, SiteAudit.Result result, DateOnly date)
    {
        var record = new
        {
            date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            pages = result.Pages.Count,
            siteFingerprint = SiteFingerprint.OfFolder(site.Folder),
            checks = Checks.Select(id => new { id, tool = result.Tools[id], problems = result.ProblemsOf(id) }),
        };
        return JsonSerializer.Serialize(record, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>Today in Japan, where the site is published: the page shows the test's date, never the build's.</summary>
    public static DateOnly TodayInJapan() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")).DateTime);
}

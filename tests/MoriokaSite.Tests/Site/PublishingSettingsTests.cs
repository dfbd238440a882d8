using System.Xml.Linq;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>Settings staff change in site.json and the CSV, seen in what a build writes.</summary>
public sealed class PublishingSettingsTests : SiteCopyTests
{
    [Fact]
    public async Task A_custom_domain_in_site_json_is_written_to_cname()
    {
        _site.Edit("site.json", text => text.Replace("\"cname\": \"\"", "\"cname\": \"vision.example.jp\"", StringComparison.Ordinal));
        Assert.True((await _site.BuildAsync(_out.Path, "https://vision.example.jp/")).Succeeded);
        Assert.Equal("vision.example.jp\n", File.ReadAllText(Path.Combine(_out.Path, "CNAME")));
    }

    [Fact]
    public async Task A_project_s_update_date_dates_its_feed_entry_and_puts_it_first()
    {
        var csv = _site.Read(ProjectRows.Path).Split('\n').ToList();
        csv[0] += ",更新日";
        var p050 = csv.FindIndex(l => l.StartsWith("p050,", StringComparison.Ordinal));
        csv[p050] += ",2016/4/1"; // As Excel rewrites 2016-04-01.
        _site.Write(ProjectRows.Path, string.Join('\n', csv));

        Assert.True((await _site.BuildAsync(_out.Path)).Succeeded);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(_out.Path, "feed.xml")).Root!;
        Assert.Equal("2016-04-01T00:00:00+09:00", feed.Element(atom + "updated")!.Value);
        var first = feed.Elements(atom + "entry").First();
        Assert.EndsWith("/projects/p050/", first.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2016-04-01T00:00:00+09:00", first.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void An_update_date_that_is_not_a_date_is_reported_at_its_cell()
    {
        var csv = _site.Read(ProjectRows.Path).Split('\n').ToList();
        csv[0] += ",更新日";
        var line = csv.FindIndex(l => l.StartsWith("p003,", StringComparison.Ordinal));
        csv[line] += ",4月1日";
        _site.Write(ProjectRows.Path, string.Join('\n', csv));
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS116", ProjectRows.Path, line + 1, "「更新日」の「4月1日」は日付として読めません", "\"4月1日\" in \"更新日\" is not a date");
        Assert.Equal(csv[line].Length - "4月1日".Length + 1, d.Location.Column);
    }
}

namespace MoriokaSite.BrowserTests;

/// <summary>The Nu Html Checker (vnu.jar, run with Java) over every HTML file of the site: zero errors.</summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
    [Fact]
    public async Task Every_page_is_valid_html()
    {
        var files = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var errors = await HtmlCheck.ErrorsAsync(files);
        Assert.True(files.Count >= 146, $"only {files.Count} files");
        Assert.True(errors.Count == 0, string.Join('\n', errors).Replace(site.Output, string.Empty));
    }

    [Fact]
    public async Task The_checker_finds_an_error_when_there_is_one()
    {
        var broken = Path.Combine(site.Output, "..", $"broken-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(broken, "<!DOCTYPE html><html lang=\"ja\"><head><title>x</title></head><body><p><div></p></body></html>");
        try
        {
            Assert.NotEmpty(await HtmlCheck.ErrorsAsync([broken]));
        }
        finally
        {
            File.Delete(broken);
        }
    }
}

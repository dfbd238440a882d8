namespace MoriokaSite.BrowserTests;

/// <summary>
/// The Nu Html Checker (vnu.jar, run with Java). Every page of the 2015 fixture (with every walk-through applied) is
/// checked by the publishing check's audit in WalkthroughTests; here, that the checker it uses finds an error.
/// </summary>
[Collection(BrowserSiteCollection.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
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

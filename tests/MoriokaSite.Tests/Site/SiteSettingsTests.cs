using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// site.json's licence, publisher and contact: none has a made-up default. Given, they appear in the
/// footer, on /data/, in the feed and the structured data; left empty, the pages say they are not given.
/// </summary>
public sealed class SiteSettingsTests : SiteCopyTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private void Set(params (string Key, JsonNode? Value)[] settings)
    {
        var json = JsonNode.Parse(_site.Read("site.json"))!.AsObject();
        foreach (var (key, value) in settings)
        {
            json[key] = value;
        }

        _site.Write("site.json", json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private void Remove(params string[] keys)
    {
        var json = JsonNode.Parse(_site.Read("site.json"))!.AsObject();
        foreach (var key in keys)
        {
            Assert.True(json.Remove(key), key);
        }

        _site.Write("site.json", json.ToJsonString());
    }

    private async Task Build()
    {
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => BuiltSites.Parse(Path.Combine(_out.Path, path, "index.html"));

    [Fact]
    public async Task A_licence_publisher_and_contact_given_in_site_json_appear_on_the_pages_and_in_the_feed()
    {
        Set(("license", "CC BY 4.0"), ("licenseUrl", "https://creativecommons.org/licenses/by/4.0/deed.ja"), ("publisher", "盛岡市"),
            ("contactPhone", "019-000-0000"), ("contactEmail", "office@example.jp"));
        await Build();

        var home = Page("");
        var footer = home.QuerySelector(".site-footer")!;
        Assert.Equal("CC BY 4.0", footer.QuerySelector(".data-links a.license[href='https://creativecommons.org/licenses/by/4.0/deed.ja']")!.TextContent);
        Assert.Equal("発行者：盛岡市", footer.QuerySelector(".publisher")!.TextContent);
        Assert.NotNull(footer.QuerySelector(".contact a[href='tel:0190000000']"));
        Assert.NotNull(footer.QuerySelector(".contact a[href='mailto:office@example.jp']"));
        Assert.DoesNotContain("掲載していません", footer.TextContent);
        Assert.Contains("CC BY 4.0", Page("data").QuerySelector("section[aria-labelledby=license]")!.TextContent);

        var feed = XDocument.Load(Path.Combine(_out.Path, "feed.xml")).Root!;
        Assert.Equal("CC BY 4.0", feed.Element(Atom + "rights")!.Value);
        Assert.Equal("盛岡市", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);

        var ld = JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("盛岡市", ld.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Without_a_licence_publisher_or_contact_the_pages_say_they_are_not_given()
    {
        Remove("license", "licenseUrl", "publisher", "contact", "contactPhone", "contactEmail");
        await Build();

        var footer = Page("").QuerySelector(".site-footer")!;
        Assert.Contains("利用条件：まだ決まっていません。", footer.QuerySelector(".data-links")!.TextContent);
        Assert.Equal("発行者：まだ決まっていません。", footer.QuerySelector(".publisher")!.TextContent);
        Assert.Contains("問い合わせ先：まだ決まっていません。", footer.QuerySelector(".contact")!.TextContent);
        Assert.Contains("電話番号とメールアドレスはまだ掲載していません", footer.QuerySelector(".contact")!.TextContent);
        Assert.Contains("利用条件（ライセンス）は、まだ決まっていません", Page("data").QuerySelector("section[aria-labelledby=license]")!.TextContent);
        Assert.Null(XDocument.Load(Path.Combine(_out.Path, "feed.xml")).Root!.Element(Atom + "rights"));
    }

    [Fact]
    public async Task Only_the_missing_one_of_phone_and_e_mail_is_said_to_be_not_given()
    {
        Set(("contactPhone", "019-000-0000"));
        await Build();
        var contact = Page("").QuerySelector(".site-footer .contact")!;
        Assert.NotNull(contact.QuerySelector("a[href='tel:0190000000']"));
        Assert.Contains("メールアドレスはまだ掲載していません", contact.TextContent);
        Assert.DoesNotContain("電話番号", contact.QuerySelector("p:last-child")!.TextContent);
    }

    [Fact]
    public void A_setting_that_is_not_text_is_reported()
    {
        Set(("contactEmail", JsonValue.Create(42)));
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS011", "site.json", 1, "「contactEmail」には文字列（まだ決まっていなければ空の \"\"）", "\"contactEmail\" must be a text (an empty \"\" while it is not decided)");
    }
}

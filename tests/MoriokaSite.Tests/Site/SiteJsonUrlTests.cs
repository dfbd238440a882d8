using MoriokaSite.Commands;
using MoriokaSite.Config;
using MoriokaSite.Loading;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// The URLs and the domain name in site.json end up on every page or in CNAME: one that would load
/// the pages' parts from another host, run a script, or add a line to CNAME is refused at its line.
/// </summary>
public sealed class SiteJsonUrlTests : SiteCopyTests
{
    /// <summary>Sets a key's value (a JSON string literal, escapes and all) and returns the key's line.</summary>
    private int Set(string key, string jsonLiteral)
    {
        var line = _site.LineOf("site.json", $"  \"{key}\"");
        _site.ReplaceLine("site.json", line, $"  \"{key}\": {jsonLiteral},");
        return line;
    }

    [Fact]
    public async Task A_base_url_with_a_backslash_is_refused_at_its_line_and_nothing_is_built()
    {
        var line = Set("baseUrl", "\"/\\\\evil.example/\"");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS012", "site.json", line, "「baseUrl」の「/\\evil.example/」は使えません", "the baseUrl \"/\\evil.example/\" cannot be used");
        Assert.False((await _site.BuildAsync(_out["_site"])).Succeeded);
        Assert.False(Directory.Exists(_out["_site"]));
    }

    [Theory]
    [InlineData("\"https://example.github.io/\\\\evil.example/\"")]
    [InlineData("\"https://example.github.io//evil.example/\"")]
    [InlineData("\"/MoriokaSite//evil.example/\"")]
    [InlineData("\"/Morioka\\tSite/\"")]
    [InlineData("\"/Morioka\\nSite/\"")]
    [InlineData("\"https://user@example.github.io/\"")]
    public void Other_base_urls_that_lead_elsewhere_are_refused(string jsonLiteral)
    {
        Set("baseUrl", jsonLiteral);
        var (model, diagnostics) = _site.Validate();
        Assert.Null(model);
        Assert.Equal(["MS012"], diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("/\\evil.example/")]
    [InlineData("https://example.github.io//evil.example/")]
    [InlineData("/Morioka\nSite/")]
    public void The_base_url_option_is_held_to_the_same_rule_for_build_and_serve(string value)
    {
        foreach (var command in new[] { "build", "serve" })
        {
            var (line, error) = CommandLine.Parse([command, "--base-url", value]);
            Assert.Null(line);
            Assert.Contains("--base-url", error!.Japanese);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/MoriokaSite/")]
    [InlineData("https://example.github.io/MoriokaSite/")]
    [InlineData("http://127.0.0.1:8080/")]
    public void Base_urls_that_stay_on_the_site_are_accepted(string value) => Assert.NotNull(BaseUrl.TryParse(value));

    [Fact]
    public void A_javascript_licence_url_is_refused_at_its_line()
    {
        var line = Set("licenseUrl", "\"javascript:alert(document.cookie)\"");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS013", "site.json", line, "「licenseUrl」の「javascript:alert(document.cookie)」はリンクにできません", "\"licenseUrl\" is \"javascript:alert(document.cookie)\", which cannot be a link");
    }

    [Theory]
    [InlineData("\"data:text/html,<script>alert(1)</script>\"")]
    [InlineData("\"//evil.example/licence\"")]
    [InlineData("\"https:\\\\\\\\evil.example/\"")]
    [InlineData("\"vbscript:msgbox\"")]
    [InlineData("\" JAVASCRIPT:alert(1)\"")]
    public void Other_licence_urls_that_are_not_web_links_are_refused(string jsonLiteral)
    {
        Set("licenseUrl", jsonLiteral);
        Assert.Equal(["MS013"], _site.Validate().Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_line_break_in_the_custom_domain_is_refused_at_its_line()
    {
        var line = Set("cname", "\"vision.example.jp\\nevil.example\"");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS014", "site.json", line, "「cname」の「vision.example.jp\nevil.example」はドメイン名ではありません", "the cname \"vision.example.jp\nevil.example\" is not a domain name");
    }

    [Theory]
    [InlineData("https://vision.example.jp")]
    [InlineData("vision.example.jp/")]
    [InlineData("vision example.jp")]
    [InlineData("vision.example.jp:8080")]
    [InlineData("-vision.example.jp")]
    [InlineData("localhost")]
    [InlineData("盛岡.jp")]
    public void Custom_domains_that_are_not_a_bare_host_name_are_refused(string value)
    {
        Set("cname", $"\"{value}\"");
        Assert.Equal(["MS014"], _site.Validate().Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("vision.example.jp")]
    [InlineData("xn--wgv71a.jp")]
    [InlineData("morioka-vision.example.jp")]
    public void Bare_host_names_are_accepted(string value) => Assert.True(SiteUrls.IsHostName(value));
}

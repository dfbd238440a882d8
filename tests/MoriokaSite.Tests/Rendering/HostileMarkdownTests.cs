using AngleSharp.Dom;
using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Rendering;

/// <summary>
/// Raw HTML and link targets in content/*.md that could run a script or show another site never
/// reach a page: they are removed, and each is reported as a warning at its file and line.
/// </summary>
[Collection(BuiltSitesCollection.Name)]
public sealed class HostileMarkdownTests(BuiltSites sites) : SiteCopyTests
{
    private const string Tourism = "content/fields/tourism.md";

    /// <summary>Each snippet, the file it is added to, and the code it must be reported with.</summary>
    private static readonly (string File, string Snippet, string Code)[] Snippets =
    [
        (Tourism, "<script>alert('xss-script')</script>", "MS212"),
        (Tourism, "<div onmouseover=\"alert('xss-div')\">hover-kept</div>", "MS212"),
        (Tourism, "[click-kept](javascript:alert('xss-link'))", "MS213"),
        ("content/index.md", "<iframe src=\"https://evil.example/\"></iframe>", "MS212"),
        ("content/index.md", "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "MS213"),
        ("content/index.md", "<javascript:alert('xss-autolink')>", "MS213"),
        ("content/agreement.md", "<object data=\"https://evil.example/x.swf\"></object>", "MS212"),
        ("content/agreement.md", "<embed src=\"https://evil.example/x.swf\">", "MS212"),
        ("content/agreement.md", "<img src=\"x\" onerror=\"alert('xss-img')\">", "MS212"),
        ("content/schedule.md", "Text with <span onclick=\"alert('xss-inline')\">inline</span> HTML.", "MS212"),
        ("content/schedule.md", "<a href=\"JaVaScRiPt:alert('xss-a')\">a</a>", "MS213"),
        ("content/schedule.md", "<a href=\"java&#x09;script:alert('xss-entity')\">b</a>", "MS213"),
        ("content/accessibility.md", "![image](vbscript:msgbox)", "MS213"),
        ("content/accessibility.md", "[reference]\n\n[reference]: javascript:alert('xss-ref')", "MS213"),
        ("content/accessibility.md", "<svg><script>alert('xss-svg')</script></svg>", "MS212"),
        ("content/accessibility.md", "<form action=\"https://evil.example/\"><input name=\"password\"></form>", "MS212"),
        ("content/accessibility.md", "<p style=\"position:fixed;top:0\">overlay-kept</p>", "MS212"),
    ];

    // Elements that run, embed or restyle something: a page has exactly those of the theme.
    private static readonly string[] ActiveElements = ["script", "iframe", "frame", "object", "embed", "applet", "style", "link", "meta", "base", "form", "input", "svg"];

    [Fact]
    public async Task Hostile_snippets_in_every_kind_of_content_file_reach_no_page_and_each_is_a_warning_at_its_line()
    {
        var lines = Snippets.Select(s => (s.File, Line: Append(s.File, s.Snippet), s.Code)).ToList();
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var (file, line, code) in lines)
        {
            Assert.Contains(result.Diagnostics, d => d.Location.Path == file && d.Location.Line == line && d.Code == code && d.Severity == Severity.Warning);
        }

        var pages = BuiltSites.HtmlFiles(_out.Path).ToList();
        Assert.Equal(BuiltSites.HtmlFiles(sites.RootBuild).Select(f => Path.GetRelativePath(sites.RootBuild, f)), pages.Select(f => Path.GetRelativePath(_out.Path, f)));
        foreach (var page in pages)
        {
            var clean = BuiltSites.Parse(Path.Combine(sites.RootBuild, Path.GetRelativePath(_out.Path, page)));
            var built = BuiltSites.Parse(page);
            foreach (var name in ActiveElements)
            {
                Assert.Equal(clean.QuerySelectorAll(name).Select(e => e.OuterHtml), built.QuerySelectorAll(name).Select(e => e.OuterHtml));
            }

            var attributes = built.QuerySelectorAll("*").SelectMany(e => e.Attributes).ToList();
            Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(attributes, a => IsScriptUrl(a.Value));
            Assert.DoesNotContain(attributes, a => a.Value.Contains("xss-", StringComparison.Ordinal));
            Assert.DoesNotContain(built.QuerySelectorAll("[style]"), e => e.GetAttribute("style")!.Contains("position", StringComparison.Ordinal));
        }

        // What is safe in a snippet stays: the text of the elements whose attributes were removed.
        Assert.Contains("hover-kept", File.ReadAllText(_out["fields/tourism/index.html"]));
        Assert.Contains("click-kept", File.ReadAllText(_out["fields/tourism/index.html"]));
        Assert.Contains("overlay-kept", File.ReadAllText(_out["accessibility/index.html"]));
    }

    [Fact]
    public void A_script_tag_is_a_warning_that_names_the_tag_at_its_file_and_line()
    {
        var line = Append("content/index.md", "<script>alert(1)</script>");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS212", "content/index.md", line, "本文の HTML タグ <script> は安全のため取り除きました", "The HTML tag \"<script>\" in the text was removed for safety", Severity.Warning);
    }

    [Fact]
    public void An_event_attribute_is_a_warning_that_names_the_attribute()
    {
        var line = Append(Tourism, "<p onmouseover=\"alert(1)\">観光</p>");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS212", Tourism, line, "HTML タグ <p> の属性 onmouseover", "The attribute \"onmouseover\" of the HTML tag \"<p>\"", Severity.Warning);
    }

    [Fact]
    public void A_javascript_link_is_a_warning_that_shows_the_url_at_its_line()
    {
        var line = Append("content/agreement.md", "詳しくは[こちら](javascript:alert(1))へ。");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS213", "content/agreement.md", line, "URL「javascript:alert(1)」は安全のため取り除きました", "The link or image URL \"javascript:alert(1)\" was removed for safety", Severity.Warning);
    }

    [Fact]
    public void Safe_links_and_the_real_content_s_line_breaks_are_kept_without_a_warning()
    {
        Append(Tourism, "[盛岡市](https://www.city.morioka.iwate.jp/) ・ [協約](/agreement/) ・ [上へ](#top) ・ <mailto:kikaku@example.jp> ・ [電話](tel:019-000-0000)<br>次の行");
        var (model, diagnostics) = _site.Validate();
        Assert.NotNull(model);
        Assert.Empty(diagnostics);
        var html = MoriokaSite.Markup.MarkdownRenderer.ToHtml(model.Fields.Single(f => f.Slug == "tourism").Body, heading => heading);
        Assert.Contains("<a href=\"https://www.city.morioka.iwate.jp/\">盛岡市</a>", html);
        Assert.Contains("<a href=\"/agreement/\">協約</a>", html);
        Assert.Contains("<a href=\"#top\">上へ</a>", html);
        Assert.Contains("<a href=\"mailto:kikaku@example.jp\">mailto:kikaku@example.jp</a>", html);
        Assert.Contains("<a href=\"tel:019-000-0000\">電話</a>", html);
        Assert.Contains("<br>次の行", html);
    }

    private static bool IsScriptUrl(string value)
    {
        var squeezed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return squeezed.StartsWith("javascript:", StringComparison.Ordinal) || squeezed.StartsWith("vbscript:", StringComparison.Ordinal) || squeezed.StartsWith("data:", StringComparison.Ordinal);
    }

    /// <summary>Adds a paragraph at the end of a file; its first line.</summary>
    private int Append(string file, string snippet)
    {
        var text = _site.Read(file).TrimEnd('\n') + "\n\n";
        var line = text.Count(c => c == '\n') + 1;
        _site.Write(file, text + snippet + "\n");
        return line;
    }
}

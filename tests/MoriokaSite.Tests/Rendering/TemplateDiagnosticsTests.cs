using MoriokaSite.Pipeline;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Rendering;

/// <summary>
/// A broken theme template (Razor syntax, a throw or null while rendering, a missing partial) is a
/// diagnostic at the template's line: the build fails with exit 1, writes nothing, and caches nothing broken.
/// </summary>
public sealed class TemplateDiagnosticsTests : SiteCopyTests
{
    private const string Layouts = "themes/default/layouts";
    private readonly TempFolder _cache = new();

    public override void Dispose()
    {
        _cache.Dispose();
        base.Dispose();
    }

    private Task<BuildResult> Build(string output = "_site") => SiteBuilder.BuildAsync(new BuildOptions(_site.Root, _out[output], null, TemplateCache: _cache.Path));

    private void Break(string template, string find, string replacement) =>
        _site.Edit($"{Layouts}/{template}", text => text.Replace(find, replacement, StringComparison.Ordinal));

    private int LineOf(string template, string text) => _site.Read($"{Layouts}/{template}").Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public async Task A_razor_syntax_error_is_reported_at_its_line_not_cached_and_the_fixed_template_builds()
    {
        var before = _site.Read($"{Layouts}/Town.cshtml");
        Break("Town.cshtml", "@Model.Words[\"town.reading\", (\"reading\", Model.Town.Reading)]", "@{ var reading = ");
        var result = await Build();
        var d = DiagnosticAssert.Single(result.Diagnostics, "MS302", $"{Layouts}/Town.cshtml", LineOf("Town.cshtml", "<p class=\"town-reading\">"), "テンプレートを組み立てられません", "The template cannot be compiled");
        Assert.Contains("missing a closing \"}\"", d.Message);
        Assert.Empty(Directory.GetFiles(_cache.Path));
        Assert.False(Directory.Exists(_out["_site"]));

        _site.Write($"{Layouts}/Town.cshtml", before);
        Assert.True((await Build()).Succeeded);
        Assert.True(File.Exists(_out["_site/towns/morioka/index.html"]));
    }

    [Fact]
    public async Task A_template_that_throws_is_reported_once_at_its_line_and_the_previous_output_stays()
    {
        Assert.True((await Build()).Succeeded);
        var before = Directory.GetFiles(_out["_site"], "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        Break("Town.cshtml", "@Model.Words[\"town.reading\", (\"reading\", Model.Town.Reading)]", "@{ if (Model.Town.Reading.Length > 0) { throw new InvalidOperationException(\"x\"); } }");
        var result = await Build();

        // Every town page fails at that line: one report, naming the first page.
        DiagnosticAssert.Single(result.Diagnostics, "MS303", $"{Layouts}/Town.cshtml", LineOf("Town.cshtml", "<p class=\"town-reading\">"), "ページ /towns/morioka/ を作る途中で、テンプレートのこの行で誤りが起きました: InvalidOperationException: x", "The template failed at this line while making the page \"/towns/morioka/\": InvalidOperationException: x.");
        Assert.Single(result.Diagnostics);
        var after = Directory.GetFiles(_out["_site"], "*", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
        // The pages rendered before the failure went into a staging folder, which is gone with them.
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(_out.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_null_dereferenced_in_a_partial_is_reported_at_the_partial_s_line()
    {
        // Most projects are listed in no other field: FirstOrDefault gives null. (Templates compile without nullable annotations.)
        Break("_ProjectCard.cshtml", "<article class=\"project-card\">", "<article class=\"project-card\" data-also=\"@Model.Item.Project.AlsoIn.FirstOrDefault().Slug\">");
        var result = await Build();
        var d = DiagnosticAssert.Single(result.Diagnostics, "MS303", $"{Layouts}/_ProjectCard.cshtml", LineOf("_ProjectCard.cshtml", "<article class=\"project-card\""), "NullReferenceException", "NullReferenceException");
        Assert.Empty(Directory.GetFileSystemEntries(_out.Path)); // Neither the output nor the staging folder its pages went into.
        Assert.DoesNotContain("   at ", d.Message);
    }

    [Fact]
    public async Task A_missing_partial_is_reported_at_the_line_that_includes_it_and_exits_1()
    {
        Break("_ProjectCard.cshtml", "await IncludeAsync(\"_Labels\"", "await IncludeAsync(\"_Label\"");
        var error = new StringWriter();
        var exit = await Program.RunAsync(["build", "--root", _site.Root, "--output", _out["_site"], "--lang", "en"], new StringWriter(), error);

        Assert.Equal(1, exit);
        var line = LineOf("_ProjectCard.cshtml", "@{ await IncludeAsync(\"_Label\"");
        Assert.Contains($"{Layouts}/_ProjectCard.cshtml:{line}:1: error MS304: This template includes the template \"_Label\", which the theme does not have.", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.False(Directory.Exists(_out["_site"]));

        var result = await SiteBuilder.BuildAsync(new BuildOptions(_site.Root, string.Empty, null, WriteOutput: false, TemplateCache: _cache.Path));
        DiagnosticAssert.Single(result.Diagnostics, "MS304", $"{Layouts}/_ProjectCard.cshtml", line, "テンプレート「_Label」がありません。名前を確かめてください。テーマにあるテンプレート: Accessibility, Agreement, Changes, Field", "The theme's templates: \"Accessibility\", \"Agreement\", \"Changes\", \"Field\"");
    }

    [Fact]
    public async Task Code_that_is_never_reached_after_a_throw_names_its_template()
    {
        // Warnings are errors here too; the unreachable code is Razor's own, on no line of the template.
        Break("NotFound.cshtml", "@model", "@{ throw new InvalidOperationException(\"x\"); }\n@model");
        var result = await Build();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("MS302", $"{Layouts}/NotFound.cshtml"), (d.Code, d.Location.Path));
    }

    [Fact]
    public async Task A_partial_that_includes_itself_is_reported_at_its_line_and_the_run_ends_with_exit_1()
    {
        Break("_Contact.cshtml", "<div class=\"contact\">", "<div class=\"contact\">\n  @{ await IncludeAsync(\"_Contact\", Model); }");
        var line = LineOf("_Contact.cshtml", "await IncludeAsync(\"_Contact\"");
        var error = new StringWriter();
        var exit = await Program.RunAsync(["build", "--root", _site.Root, "--output", _out["_site"]], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.True(error.ToString().Split('\n').Length < 10, error.ToString());
        Assert.False(Directory.Exists(_out["_site"]));

        var result = await SiteBuilder.BuildAsync(new BuildOptions(_site.Root, string.Empty, null, WriteOutput: false, TemplateCache: _cache.Path));
        DiagnosticAssert.Single(result.Diagnostics, "MS309", $"{Layouts}/_Contact.cshtml", line, "テンプレート「_Contact」のこの行で、テンプレートの読み込み（IncludeAsync）が16段を超えて重なりました（_Contact → _Contact）", "\"_Contact\" → \"_Contact\"");
    }

    [Fact]
    public async Task Two_partials_that_include_each_other_are_reported_as_the_loop_they_make()
    {
        Break("_License.cshtml", "@model", "@{ await IncludeAsync(\"_Contact\", Model); }\n@model");
        Break("_Contact.cshtml", "<div class=\"contact\">", "<div class=\"contact\">\n  @{ await IncludeAsync(\"_License\", Model); }");
        var result = await Build();
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("MS309", d.Code));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("（_License → _Contact → _License）", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_out["_site"]));
    }

    [Fact]
    public async Task A_byte_that_is_not_utf8_in_a_template_is_reported_at_its_place_and_never_published_as_a_replacement_character()
    {
        var path = _site.PathOf($"{Layouts}/_Contact.cshtml");
        var text = File.ReadAllText(path);
        var line = LineOf("_Contact.cshtml", "<div class=\"contact\">");
        var at = text.IndexOf("<div class=\"contact\">", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var offset = System.Text.Encoding.UTF8.GetByteCount(text[..at]);
        File.WriteAllBytes(path, [.. bytes[..offset], 0xFF, .. bytes[offset..]]);

        var result = await Build();

        var found = DiagnosticAssert.Single(result.Diagnostics, "MS002", $"{Layouts}/_Contact.cshtml", line, "テーマのテンプレートは UTF-8 で保存してください", "Save the theme's templates as UTF-8");
        Assert.Equal(text[..at].Length - text[..at].LastIndexOf('\n'), found.Location.Column);
        Assert.False(Directory.Exists(_out["_site"]));
        Assert.Empty(Directory.GetFiles(_cache.Path));
    }
}

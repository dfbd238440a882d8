using System.Text.Json;
using MoriokaSite.Diagnostics;
using MoriokaSite.Tests.Support;
using NJsonSchema;

namespace MoriokaSite.Tests.Site;

/// <summary>
/// A project without a summary or towns is only warned about, so it is published: every page and
/// download must still be whole and valid with those values empty.
/// </summary>
public sealed class IncompleteProjectTests : SiteCopyTests, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        ProjectRows.SetCell(_site, "p001", "事業概要", "");
        ProjectRows.SetCell(_site, "p001", "関係市町", "");
        var result = await _site.BuildAsync(_out.Path);
        Assert.True(result.Succeeded);
        Assert.Equal(["MS118", "MS115"], result.Diagnostics.Select(d => d.Code));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Read(string path) => File.ReadAllText(_out[path]);

    [Fact]
    public void The_project_page_says_none_is_given_and_still_describes_itself()
    {
        var page = Read("projects/p001/index.html");
        Assert.Equal(2, page.Split("記載なし").Length - 1);
        Assert.DoesNotContain("<meta name=\"description\" content=\"\">", page);
        Assert.DoesNotContain("<ul class=\"inline-list\">", page);
    }

    [Fact]
    public void The_project_is_on_its_field_page_and_on_no_town_page()
    {
        Assert.Contains("projects/p001/", Read("fields/economic-strategy/index.html"));
        foreach (var town in Directory.GetDirectories(_out["towns"]))
        {
            Assert.DoesNotContain("projects/p001/\"", File.ReadAllText(Path.Combine(town, "index.html")));
            Assert.DoesNotContain("p001,", File.ReadAllText(_out[$"data/towns/{Path.GetFileName(town)}.csv"]));
        }
    }

    [Fact]
    public async Task The_open_data_keeps_the_empty_values_and_still_validates_against_its_schema()
    {
        var text = Read("data/projects.json");
        using var json = JsonDocument.Parse(text);
        var p001 = json.RootElement.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "p001");
        Assert.Equal(string.Empty, p001.GetProperty("summary").GetString());
        Assert.Equal(0, p001.GetProperty("towns").GetArrayLength());

        var schema = await JsonSchema.FromJsonAsync(Read("data/projects.schema.json"));
        Assert.Empty(schema.Validate(text));
        Assert.Contains("\np001,", Read("data/projects.csv"));
    }
}

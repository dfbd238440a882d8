using MoriokaSite.Diagnostics;
using MoriokaSite.Model;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Model;

/// <summary>
/// Fields, statuses and tags are read by id or by name, and anything unknown gets 「もしかして」 with the
/// nearest few, never the whole list (which belongs in the guide).
/// </summary>
public sealed class NameResolutionTests : SiteCopyTests
{
    private const string Csv = ProjectRows.Path;

    [Theory]
    [InlineData("戦略的な観光施策")]
    [InlineData("ｔｏｕｒｉｓｍ")]
    public void A_field_may_be_written_by_its_name(string written)
    {
        ProjectRows.SetCell(_site, "p001", "分野", written);
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Equal("tourism", model!.Projects.Single(p => p.Id == "p001").Field.Slug);
    }

    [Fact]
    public void A_field_may_be_written_by_the_short_name_its_pages_show()
    {
        ProjectRows.SetCell(_site, "p001", "分野", "その他の結びつきやネットワークの強化");
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Equal("other-networks", model!.Projects.Single(p => p.Id == "p001").Field.Slug);
    }

    [Fact]
    public void A_cross_listing_may_name_fields_whose_names_hold_the_list_s_separators()
    {
        ProjectRows.SetCell(_site, "p001", "再掲分野", "教育・文化・スポーツ、roads、戦略的な観光施策");
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Equal(["tourism", "education-culture-sports", "roads"], model!.Projects.Single(p => p.Id == "p001").AlsoIn.Select(f => f.Slug));
    }

    [Theory]
    [InlineData("tourismx")]
    [InlineData("戦略的観光施策")]
    [InlineData("tourizm")]
    public void A_near_miss_for_a_field_suggests_it_by_id_and_name(string written)
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "分野", written);
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS105", Csv, line, $"分野「{written}」はありません。もしかして: tourism（戦略的な観光施策）", "Did you mean tourism (\"戦略的な観光施策\")");
        Assert.Contains("content/fields/", d.Message);
    }

    [Fact]
    public void A_near_miss_in_a_cross_listing_is_suggested_too()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", "roadz");
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS105", Csv, line, "分野「roadz」はありません。もしかして: roads（道路等の交通インフラの整備・維持）", "Did you mean roads (\"道路等の交通インフラの整備・維持\")?");
    }

    [Theory]
    [InlineData("sports")]
    [InlineData("care")]
    [InlineData("xx")]
    public void An_unknown_field_message_lists_the_region_s_own_fields_by_id(string written)
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "分野", written);
        var d = DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS105", Csv, line, "分野の ID（content/fields/ のファイル名）か名前を書いてください。分野の ID: economic-strategy、strategic-industries、", "The fields' IDs: \"economic-strategy\", \"strategic-industries\", ");
        Assert.All(RealSite.Model.Fields, f => Assert.Contains(f.Slug, d.Message)); // the site's fields, not a guide's list of one region's
        Assert.True(d.Message.Length <= 400, d.Message); // IDs only: with every name, as once, it ran to about 900 characters.
        Assert.True(d.Message.Split("（").Length <= 5, d.Message); // Its place, and three fields' names at most.
    }

    [Theory]
    [InlineData("計面", "計画", "\"計画\"")]
    [InlineData("exsting", "existing", "\"existing\"")]
    [InlineData("既存事", "既存", "\"既存\"")]
    public void A_near_miss_for_a_status_is_suggested(string written, string japanese, string english)
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "区分", written);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS106", Csv, line, $"区分「{written}」はありません。もしかして: {japanese}", $"Did you mean {english}");
    }

    [Theory]
    [InlineData("新期", "新規")]
    [InlineData("【経済戦輪】", "経済戦略")]
    [InlineData("expandd", "expanded")]
    public void A_near_miss_for_a_tag_is_suggested(string written, string suggested)
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "タグ", written);
        DiagnosticAssert.Single(_site.Validate().Diagnostics, "MS108", Csv, line, $"タグ「{written}」はありません。もしかして: {suggested}", $"Did you mean \"{suggested}\"");
    }

    [Fact]
    public void A_tag_or_status_written_by_its_other_names_is_read()
    {
        ProjectRows.SetCell(_site, "p001", "タグ", "【新規】、expanded");
        ProjectRows.SetCell(_site, "p002", "区分", "実施を計画する事業");
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Equal(["new", "expanded"], model!.Projects.Single(p => p.Id == "p001").Tags.Select(t => t.Key));
        Assert.Equal(Status.Planned, model.Projects.Single(p => p.Id == "p002").Status);
    }

    [Fact]
    public void A_date_past_the_headings_says_how_to_add_the_updated_column()
    {
        var (line, _) = ProjectRows.SetCell(_site, "p001", "再掲分野", ",2016/4/1");
        DiagnosticAssert.Single(
            _site.Validate().Diagnostics, "MS111", Csv, line,
            "「2016/4/1」は日付のようです。「更新日」の列を使うときは、1行目（見出し）のI列に「更新日」と書き加えてください",
            "\"2016/4/1\" looks like a date: to use the optional column \"更新日\", write \"更新日\" in column I of the first row");

        // The message sends staff to the guide's section, which must be there.
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "editing.md"));
        Assert.Contains("\n### 更新日の列を加える\n", guide.ReplaceLineEndings("\n"));
        Assert.Contains("I1 のセル", guide);
    }

    [Fact]
    public void With_the_updated_heading_added_the_date_is_read()
    {
        _site.Edit(Csv, text => text.Replace("タグ,再掲分野\r\n", "タグ,再掲分野,更新日\r\n", StringComparison.Ordinal).Replace("タグ,再掲分野\n", "タグ,再掲分野,更新日\n", StringComparison.Ordinal));
        ProjectRows.SetCell(_site, "p001", "再掲分野", ",2016/4/1");
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2016, 4, 1), model!.Projects.Single(p => p.Id == "p001").Updated);
    }
}

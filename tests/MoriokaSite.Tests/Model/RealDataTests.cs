using System.Text.RegularExpressions;
using MoriokaSite.Model;
using MoriokaSite.Tests.Support;

namespace MoriokaSite.Tests.Model;

/// <summary>The real data against the source document: its counts, its cross-listing, its corrected OCR errors.</summary>
public sealed partial class RealDataTests : SiteCopyTests
{
    /// <summary>The source's summary table (別紙2), typed from the document: the oracle the data must meet.</summary>
    public static readonly IReadOnlyDictionary<string, (int Existing, int Planned, int Considering)> SourceTable =
        new Dictionary<string, (int, int, int)>
        {
            ["economic-strategy"] = (0, 3, 1),
            ["strategic-industries"] = (5, 3, 11),
            ["local-resources"] = (1, 5, 11),
            ["tourism"] = (10, 7, 6),
            ["transport-hub"] = (0, 1, 1),
            ["medical-care"] = (3, 0, 0),
            ["nursing-care"] = (0, 2, 0),
            ["welfare"] = (2, 1, 0),
            ["education-culture-sports"] = (4, 3, 0),
            ["regional-development"] = (7, 2, 1),
            ["disaster-prevention"] = (1, 1, 1),
            ["environment"] = (0, 1, 0),
            ["roads"] = (2, 0, 0),
            ["exchange-migration"] = (0, 2, 4),
            ["other-networks"] = (3, 0, 0),
            ["staff-training"] = (1, 0, 0),
            ["staff-exchange"] = (1, 0, 0),
        };

    private readonly SiteModel _model;

    public RealDataTests()
    {
        var (model, diagnostics) = _site.Validate();
        Assert.Empty(diagnostics);
        _model = model!;
    }

    [Fact]
    public void The_model_has_the_source_s_107_projects_17_fields_8_towns_and_3_pillars()
    {
        Assert.Equal(107, _model.Projects.Count);
        Assert.Equal(17, _model.Fields.Count);
        Assert.Equal(8, _model.Towns.Count);
        Assert.Equal(3, _model.Pillars.Count);
        Assert.Equal((40, 31, 36), (_model.Count(Status.Existing), _model.Count(Status.Planned), _model.Count(Status.Considering)));
    }

    [Fact]
    public void Every_field_has_the_source_s_counts()
    {
        var actual = _model.Fields.ToDictionary(f => f.Slug, f => (f.Count(Status.Existing), f.Count(Status.Planned), f.Count(Status.Considering)));
        Assert.Equal(SourceTable.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Sports_tourism_is_the_one_project_listed_again_under_education()
    {
        var crossListed = Assert.Single(_model.Projects, p => p.AlsoIn.Count > 0);
        Assert.Equal("スポーツツーリズム推進事業", crossListed.Name);
        Assert.Equal("tourism", crossListed.Field.Slug);
        Assert.Equal("education-culture-sports", Assert.Single(crossListed.AlsoIn).Slug);
        Assert.Equal(Status.Planned, crossListed.Status);
    }

    [Fact]
    public void Ninety_five_projects_involve_all_eight_towns_and_twelve_only_some()
    {
        // The source's 108 rows hold 96 「8市町」 rows; one of them is the 再掲 row, so 95 projects.
        Assert.Equal(95, _model.Projects.Count(p => p.IsRegionWide));
        Assert.Equal(101, _model.Towns.Single(t => t.Slug == "shizukuishi").Projects.Count);
        Assert.Equal(["morioka", "hachimantai", "shizukuishi", "kuzumaki"], _model.Projects.Single(p => p.Name == "国際観光客誘致促進事業").Towns.Select(t => t.Slug));
    }

    [Fact]
    public void Each_town_links_back_to_exactly_the_projects_that_name_it_in_id_order()
    {
        foreach (var town in _model.Towns)
        {
            Assert.Equal(_model.Projects.Where(p => p.Towns.Contains(town)).Select(p => p.Id), town.Projects.Select(p => p.Id));
        }

        Assert.All(_model.Projects, p => Assert.All(p.Towns, t => Assert.Contains(p, t.Projects)));
    }

    [Fact]
    public void The_pillars_hold_the_fields_in_the_source_s_order()
    {
        Assert.Equal(["economy", "urban-functions", "services"], _model.Pillars.Select(p => p.Slug));
        Assert.Equal(4, _model.Pillars[0].Fields.Count);
        Assert.Equal(["living", "networks", "management"], _model.Pillars[2].Areas.Select(a => a.Slug));
        Assert.Equal([7, 3, 2], _model.Pillars[2].Areas.Select(a => a.Fields.Count));
    }

    [Theory]
    [InlineData("零石")]
    [InlineData("I C T")]
    [InlineData("I P U")]
    [InlineData("U I J")]
    [InlineData("据野")]
    [InlineData("產")]
    [InlineData("产")]
    [InlineData("となつた")]
    [InlineData("フィルムコミッショング")]
    [InlineData("ハラビジネス")]
    [InlineData("作りとし")]
    [InlineData("〇〇市(町)")]
    [InlineData("<ul>")]
    [InlineData("<li>")]
    public void No_ocr_error_of_the_source_reaches_the_content(string ocrError)
    {
        foreach (var file in Directory.GetFiles(_site.Root, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".csv") || f.EndsWith(".md")))
        {
            Assert.DoesNotContain(ocrError, File.ReadAllText(file));
        }
    }

    [Fact]
    public void The_new_tourism_summary_says_its_sentence_once()
    {
        var summary = _model.Projects.Single(p => p.Name == "ニューツーリズムの振興").Summary;
        Assert.Single(Regex.Matches(summary, "ニューツーリズムについて"));
    }

    [Fact]
    public void The_agreement_s_table_names_each_of_the_17_fields_as_the_agreement_writes_it()
    {
        var names = TableFirstCells().Matches(_model.Agreement.Template.Body).Select(m => m.Groups[1].Value.Trim())
            .Where(n => n is not ("分野" or "---")).ToList();

        // The agreement is quoted as written: its 別表 says 産学官民 where the rest of the site, after 別紙2, says 産学金官民.
        var asWritten = _model.Fields.Select(f => f.Title.Replace("産学金官民", "産学官民", StringComparison.Ordinal));
        Assert.Equal(asWritten.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Contains(_model.Fields, f => f.Title.StartsWith("産学金官民", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_partner_s_agreement_names_the_partner_and_keeps_no_placeholder()
    {
        var shiwa = _model.Agreement.For(_model.Towns.Single(t => t.Slug == "shiwa"));
        Assert.Equal("〇〇市（町）", _model.Agreement.Placeholder);
        Assert.DoesNotContain(_model.Agreement.Placeholder, shiwa.Body);
        Assert.Contains("盛岡市及び紫波町は", shiwa.Body);
        Assert.Contains("紫波町長", shiwa.Body);
        Assert.Contains(_model.Agreement.Placeholder, _model.Agreement.Template.Body);
    }

    [GeneratedRegex(@"^\|([^|]+)\|", RegexOptions.Multiline)]
    private static partial Regex TableFirstCells();
}

using System.Globalization;
using CsvHelper;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Modelling;
using MoriokaSite.Tests.Support;
using MoriokaSite.Views;

namespace MoriokaSite.Tests.Views;

/// <summary>
/// The town × field matrix of /towns/: the projects of every town in one row, and a row for each field only where
/// the towns differ. Its numbers are checked against counts made here from the fixture's CSV files (read with a
/// CSV library, not the generator's loader), and against the generated regions' own recipe of towns.
/// </summary>
public sealed class TownFieldMatrixTests
{
    private static readonly TownFieldMatrix Matrix = TownFieldMatrix.From(RealSite.Model);

    /// <summary>Each project of the 2015 fixture as its CSV row gives it: its field's slug and its towns' slugs.</summary>
    private static readonly Lazy<List<(string Field, HashSet<string> Towns)>> CsvProjects = new(ReadCsv);

    private static List<string> TownSlugs => RealSite.Model.Towns.Select(t => t.Slug).ToList();

    [Fact]
    public void The_projects_of_every_town_are_one_row_of_the_same_number_in_every_town()
    {
        var expected = CsvProjects.Value.Count(p => p.Towns.Count == TownSlugs.Count);
        Assert.Equal(95, expected); // the source's 95 of 107: the reason the row exists
        Assert.Equal(expected, Matrix.RegionWide.Count);
        Assert.Equal(TownSlugs, Matrix.RegionWide.Cells.Select(c => c.Town.Slug));
        Assert.All(Matrix.RegionWide.Cells, c => Assert.Equal(expected, c.Count));
    }

    [Fact]
    public void Each_field_with_projects_only_some_towns_share_has_a_row_counting_them_town_by_town()
    {
        var shared = CsvProjects.Value.Where(p => p.Towns.Count < TownSlugs.Count).ToList();
        var fieldsInOrder = RealSite.Model.Fields.Select(f => f.Slug).ToList();
        var expectedFields = fieldsInOrder.Where(f => shared.Any(p => p.Field == f)).ToList();
        Assert.Equal(6, expectedFields.Count); // of 17: the other 11 would repeat one number eight times
        Assert.Equal(expectedFields, Matrix.Rows.Select(r => r.Field.Slug));
        foreach (var row in Matrix.Rows)
        {
            var mine = shared.Where(p => p.Field == row.Field.Slug).ToList();
            Assert.Equal(mine.Count, row.Count);
            Assert.Equal(TownSlugs, row.Cells.Select(c => c.Town.Slug));
            Assert.Equal(TownSlugs.Select(t => mine.Count(p => p.Towns.Contains(t))), row.Cells.Select(c => c.Count));
        }

        // Every row differs between towns somewhere: that is what it is there to show.
        Assert.All(Matrix.Rows, r => Assert.True(r.Cells.Select(c => c.Count).Distinct().Count() > 1, r.Field.Slug));
    }

    [Fact]
    public void The_total_is_each_town_s_number_of_projects_as_the_csv_and_the_map_count_them()
    {
        Assert.Equal(CsvProjects.Value.Count, Matrix.Total.Count);
        Assert.Equal(TownSlugs.Select(t => CsvProjects.Value.Count(p => p.Towns.Contains(t))), Matrix.Total.Cells.Select(c => c.Count));
        Assert.Equal(RealSite.Model.Towns.Select(t => t.Projects.Count), Matrix.Total.Cells.Select(c => c.Count));
    }

    [Fact]
    public void Shades_run_from_blank_for_none_to_the_darkest_for_the_largest_number()
    {
        var cells = Matrix.Rows.SelectMany(r => r.Cells).ToList();
        Assert.All(cells.Where(c => c.Count == 0), c => Assert.Equal(0, c.Shade));
        Assert.All(cells.Where(c => c.Count == cells.Max(x => x.Count)), c => Assert.Equal(TownFieldMatrix.Shades, c.Shade));
        Assert.True(cells.Select(c => c.Shade).Distinct().Count() >= 3, "the shading tells large numbers from small ones");
    }

    [Fact]
    public void A_field_gives_the_table_its_table_title_or_else_the_name_headings_show()
    {
        var fields = RealSite.Model.Fields.ToDictionary(f => f.Slug);
        Assert.Equal("交通インフラ", fields["roads"].TableTitle);
        Assert.True(fields["roads"].HasTableTitle);
        Assert.Equal("その他のネットワーク", fields["other-networks"].TableTitle);
        Assert.Equal("地域振興", fields["regional-development"].TableTitle); // short already: none given
        Assert.False(fields["regional-development"].HasTableTitle);
        Assert.All(RealSite.Model.Fields, f => Assert.True(f.TableTitle.Length <= 10, $"{f.Slug}: {f.TableTitle}"));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(34)]
    [InlineData(60)]
    public void A_region_of_any_size_has_one_row_for_its_towns_together_and_a_row_per_field_where_they_differ(int towns)
    {
        using var region = new GeneratedRegion(towns);
        var diagnostics = new DiagnosticBag();
        var model = ModelBuilder.Build(SiteLoader.Load(region.Root, diagnostics), diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        var matrix = TownFieldMatrix.From(model);

        // The recipe the region was written from: project k's towns are TownsOf(k), in model order.
        var recipe = model.Projects.Select((p, k) => (p.Field, Towns: region.TownsOf(k))).ToList();
        var shared = recipe.Where(r => r.Towns.Count < towns).ToList();
        Assert.Equal(recipe.Count(r => r.Towns.Count == towns), matrix.RegionWide.Count);
        Assert.Equal(model.Fields.Where(f => shared.Any(r => r.Field == f)), matrix.Rows.Select(r => r.Field));
        Assert.Contains(model.Fields, f => matrix.Rows.All(r => r.Field != f)); // its first field's projects are all of every town
        foreach (var row in matrix.Rows)
        {
            Assert.Equal(towns, row.Cells.Count);
            Assert.Equal(Enumerable.Range(0, towns).Select(i => shared.Count(r => r.Field == row.Field && r.Towns.Contains(i))), row.Cells.Select(c => c.Count));
        }

        Assert.Equal(model.Towns.Select(t => t.Projects.Count), matrix.Total.Cells.Select(c => c.Count));
        Assert.All(model.Fields, f => Assert.Equal(f.ShortTitle, f.TableTitle)); // no tableTitle given: the name headings show
    }

    private static List<(string Field, HashSet<string> Towns)> ReadCsv()
    {
        var data = Path.Combine(Morioka2015.Root, "data");
        var towns = Read(Path.Combine(data, "towns.csv")).ToDictionary(r => r["名称"], r => r["ID"]);
        return Read(Path.Combine(data, "projects.csv")).Select(r =>
        {
            var cell = r["関係市町"];

            // The source writes a project of every town as its count and kinds (8市町), the others by name.
            var all = cell == $"{towns.Count}市町" || cell == "全市町";
            return (r["分野"], all ? towns.Values.ToHashSet() : cell.Split('、').Select(n => towns[n]).ToHashSet());
        }).ToList();
    }

    private static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, csv.GetField(i) ?? string.Empty)).ToDictionary(x => x.h, x => x.Item2));
        }

        return rows;
    }
}

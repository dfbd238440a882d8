using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Text;

namespace MoriokaSite.Validation;

/// <summary>data/projects.csv → the projects, each cross-referenced to its field, towns and 再掲 fields.</summary>
internal sealed class ProjectsBuilder(IReadOnlyList<Field> fields, Region region, Labels labels, DiagnosticBag diagnostics)
{
    public static readonly string[] Columns = ["ID", "事業名", "事業概要", "分野", "区分", "関係市町", "タグ", "再掲分野"];

    /// <summary>Optional: when the row was last changed, for the feed. Excel may rewrite 2016-04-01 as 2016/4/1.</summary>
    public const string UpdatedColumn = SiteLoader.ProjectsUpdatedColumn;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"];

    private readonly IReadOnlyList<Town> _towns = region.Towns;

    private readonly FieldNames _fields = new(fields);

    public IReadOnlyList<Project> Build(CsvTable? table)
    {
        if (table is null || !table.RequireColumns(Columns, diagnostics))
        {
            return [];
        }

        // A sheet saved after its rows were deleted by mistake: publishing it would empty the public site.
        if (table.Rows.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(table.Path), Problems.NoProjects());
            return [];
        }

        var projects = new List<Project>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var project = BuildOne(row, ids);
            if (project is not null)
            {
                projects.Add(project);
            }
        }

        return projects;
    }

    private Project? BuildOne(CsvRow row, Dictionary<string, int> ids)
    {
        var ok = CheckId(row["ID"], ids);
        ok &= CheckName(row["事業名"]);
        CheckSummary(row["事業概要"]);
        var field = ParseField(row["分野"]);
        var status = ParseStatus(row["区分"]);
        var (projectTowns, townsOk) = ParseTowns(row["関係市町"]);
        var (tags, tagsOk) = ParseTags(row["タグ"]);
        var (alsoIn, alsoOk) = ParseAlsoIn(row["再掲分野"], field);
        var (updated, updatedOk) = ParseDate(row[UpdatedColumn]);
        if (!ok || field is null || status is null || !townsOk || !tagsOk || !alsoOk || !updatedOk)
        {
            return null;
        }

        return new Project
        {
            Id = row["ID"].Value,
            Name = row["事業名"].Value,
            Summary = row["事業概要"].Value,
            Field = field,
            StatusLabel = status,
            Towns = projectTowns,
            Tags = tags,
            AlsoIn = alsoIn,
            IsRegionWide = projectTowns.Count > 0 && projectTowns.Count == _towns.Count,
            Updated = updated,
            Line = row.Line,
        };
    }

    private bool CheckId(CsvCell id, Dictionary<string, int> ids)
    {
        if (!CellParsing.Required(id, "ID", diagnostics))
        {
            return false;
        }

        if (!CellParsing.IsSlug(id.Value))
        {
            diagnostics.Error(id.Location, Problems.IdFormat(id.Value, "p108"));
            return false;
        }

        if (CellParsing.IsReservedOnWindows(id.Value))
        {
            diagnostics.Error(id.Location, Problems.ReservedId(id.Value));
            return false;
        }

        if (!ids.TryAdd(id.Value, id.Location.Cell?.Row ?? id.Location.Line))
        {
            diagnostics.Error(id.Location, Problems.DuplicateId(id.Value, ids[id.Value]));
            return false;
        }

        return true;
    }

    private bool CheckName(CsvCell name)
    {
        if (!CellParsing.Required(name, "事業名", diagnostics))
        {
            return false;
        }

        // Counted as people see them: a kanji or a full-width letter is one character, as is an emoji.
        var length = new System.Globalization.StringInfo(name.Value).LengthInTextElements;
        if (length > Problems.LongNameLength)
        {
            diagnostics.Warning(name.Location, Problems.NameTooLong(length));
        }

        return true;
    }

    /// <summary>An empty summary only leaves the page thinner: a warning, so that it never stops publishing.</summary>
    private void CheckSummary(CsvCell summary)
    {
        if (summary.IsEmpty)
        {
            diagnostics.Warning(summary.Location, Problems.SummaryEmpty());
        }
    }

    private Field? ParseField(CsvCell cell)
    {
        if (!CellParsing.Required(cell, "分野", diagnostics))
        {
            return null;
        }

        var field = _fields.Find(cell.Value);
        if (field is null)
        {
            diagnostics.Error(cell.Location, Problems.UnknownField(cell.Value, _fields.Nearest(cell.Value), fields.Select(f => f.Slug)));
        }

        return field;
    }

    private StatusLabel? ParseStatus(CsvCell cell)
    {
        if (!CellParsing.Required(cell, "区分", diagnostics))
        {
            return null;
        }

        var status = labels.ParseStatus(cell.Value);
        if (status is null)
        {
            var nearest = Suggestions.NearestFew(cell.Value, labels.Statuses.SelectMany(s => new[] { s.Short, s.Heading, s.Key }));
            diagnostics.Error(cell.Location, Problems.UnknownStatus(cell.Value, labels.Statuses.Select(s => s.Short), nearest));
        }

        return status;
    }

    private (IReadOnlyList<Town> Towns, bool Ok) ParseTowns(CsvCell cell)
    {
        // Not an error: a project whose towns are still being agreed can be published; it then
        // appears on its field's page and in the lists, but on no town's page.
        if (cell.IsEmpty)
        {
            diagnostics.Warning(cell.Location, Problems.NoTowns(region.AllTowns, region.Kinds));
            return ([], true);
        }

        if (region.AllTownsWords.Contains(cell.Value))
        {
            return (_towns, true);
        }

        var ok = true;
        var chosen = new List<Town>();
        foreach (var name in TextNormalizer.SplitList(cell.Value))
        {
            var town = _towns.FirstOrDefault(t => t.Name == name || t.Slug == name);
            if (town is null)
            {
                var suggestion = Suggestions.Nearest(name, _towns.Select(t => t.Name));
                diagnostics.Error(cell.Location, Problems.UnknownTown(name, suggestion, _towns.Select(t => t.Name), region.AllTowns, region.Kinds));
                ok = false;
            }
            else if (chosen.Contains(town))
            {
                diagnostics.Warning(cell.Location, Problems.DuplicateTown(town.Name, region.Kinds));
            }
            else
            {
                chosen.Add(town);
            }
        }

        return (chosen.OrderBy(t => t.Order).ToList(), ok);
    }

    private (IReadOnlyList<Tag> Tags, bool Ok) ParseTags(CsvCell cell)
    {
        var ok = true;
        var tags = new List<Tag>();
        foreach (var word in TextNormalizer.SplitList(cell.Value))
        {
            var tag = labels.ParseTag(word);
            if (tag is null)
            {
                var nearest = Suggestions.NearestFew(word.Trim('【', '】', '[', ']'), labels.Tags.SelectMany(t => new[] { t.Short, t.Key }));
                diagnostics.Error(cell.Location, Problems.UnknownTag(word, labels.Tags.Select(t => t.Short), nearest));
                ok = false;
            }
            else if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        // Shown in the legend's order (data/tags.csv's), whatever order staff typed.
        return (tags.OrderBy(t => t.Index).ToList(), ok);
    }

    private (DateOnly? Date, bool Ok) ParseDate(CsvCell cell)
    {
        if (cell.IsEmpty)
        {
            return (null, true);
        }

        var text = cell.Value.Normalize(System.Text.NormalizationForm.FormKC);
        if (DateOnly.TryParseExact(text, DateFormats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return (date, true);
        }

        diagnostics.Error(cell.Location, Problems.BadDate(UpdatedColumn, cell.Value));
        return (null, false);
    }

    private (IReadOnlyList<Field> Fields, bool Ok) ParseAlsoIn(CsvCell cell, Field? home)
    {
        var ok = true;
        var result = new List<Field>();
        foreach (var name in _fields.SplitList(cell.Value))
        {
            var field = _fields.Find(name);
            if (field is null)
            {
                diagnostics.Error(cell.Location, Problems.UnknownField(name, _fields.Nearest(name), fields.Select(f => f.Slug)));
                ok = false;
            }
            else if (field == home)
            {
                diagnostics.Error(cell.Location, Problems.CrossListedInOwnField(name));
                ok = false;
            }
            else if (!result.Contains(field))
            {
                result.Add(field);
            }
        }

        return (result.OrderBy(f => f.Order).ToList(), ok);
    }
}

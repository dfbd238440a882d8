using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Text;

namespace MoriokaSite.Modelling;

/// <summary>data/projects.csv → the projects, each cross-referenced to its field, towns and 再掲 fields.</summary>
/// <param name="broken">The lists with errors of their own: a cell pointing into one is counted, not checked (see <see cref="BrokenReferences"/>).</param>
internal sealed class ProjectsBuilder(IReadOnlyList<Field> fields, Region region, Labels labels, BrokenReferences broken, DiagnosticBag diagnostics)
{
    public static readonly string[] Columns = ["ID", "事業名", "事業概要", "分野", "区分", "関係市町", "タグ", "再掲分野"];

    /// <summary>Optional: when the row was last changed, for the feed. Excel may rewrite 2016-04-01 as 2016/4/1.</summary>
    public const string UpdatedColumn = SiteLoader.ProjectsUpdatedColumn;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"];

    private readonly IReadOnlyList<Town> _towns = region.Towns;

    private readonly FieldNames _fields = new(fields);

    private readonly UncheckedCells _waiting = new(diagnostics);

    /// <summary>「8市町」 written before the towns changed: one error for them all, pointing at the command that spells them out.</summary>
    private readonly OlderAllTownsWords _olderAllTowns = new(region, diagnostics);

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

        _waiting.Report();
        _olderAllTowns.Report();
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

    /// <summary>
    /// True, after counting the cell, when a value the list does not have may only be missing because the list is
    /// broken: the cell is checked again once the list is fixed. False when the list is sound and the error is the cell's.
    /// </summary>
    private bool Waits(bool listBroken, string list, CsvCell cell, string column)
    {
        if (listBroken)
        {
            _waiting.Skip(list, cell.Location, column);
        }

        return listBroken;
    }

    private Field? ParseField(CsvCell cell)
    {
        if (!CellParsing.Required(cell, "分野", diagnostics))
        {
            return null;
        }

        var field = _fields.Find(cell.Value);
        if (field is null && !Waits(broken.Fields, SiteLoader.FieldsFolder, cell, "分野"))
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
        if (status is null && !Waits(broken.Statuses, SiteLoader.StatusesPath, cell, "区分"))
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

        // With towns.csv broken, its count is wrong too: 「8市町」 and unknown names wait for it.
        var names = TextNormalizer.SplitList(cell.Value);
        if ((region.IsAllTownsWordOfAnotherTime(cell.Value) || names.Any(n => Town(n) is null)) && Waits(broken.Towns, SiteLoader.TownsPath, cell, "関係市町"))
        {
            return ([], false);
        }

        if (region.IsAllTownsWordOfAnotherTime(cell.Value))
        {
            _olderAllTowns.Add(cell.Location, cell.Value);
            return ([], false);
        }

        var ok = true;
        var chosen = new List<Town>();
        foreach (var name in names)
        {
            var town = Town(name);
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

    private Town? Town(string name) => _towns.FirstOrDefault(t => t.Name == name || t.Slug == name);

    private (IReadOnlyList<Tag> Tags, bool Ok) ParseTags(CsvCell cell)
    {
        var words = TextNormalizer.SplitList(cell.Value);
        if (words.Any(w => labels.ParseTag(w) is null) && Waits(broken.Tags, SiteLoader.TagsPath, cell, "タグ"))
        {
            return ([], false);
        }

        var ok = true;
        var tags = new List<Tag>();
        foreach (var word in words)
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
        var names = _fields.SplitList(cell.Value);
        if (names.Any(n => _fields.Find(n) is null) && Waits(broken.Fields, SiteLoader.FieldsFolder, cell, "再掲分野"))
        {
            return ([], false);
        }

        var ok = true;
        var result = new List<Field>();
        foreach (var name in names)
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

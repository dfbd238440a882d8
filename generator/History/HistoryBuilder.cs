using MoriokaSite.Model;

namespace MoriokaSite.History;

/// <summary>
/// The model stage of the history: the versions of data/projects.csv → each project's changes. The first version is
/// the source document's, dated by the site's settings (site.json's "updated"), not by its commit. After it, each
/// publication (a commit, or the commits up to a tag) is compared with the one before, as readers saw them.
/// </summary>
public static class HistoryBuilder
{
    /// <summary>Null when the repository cannot tell the history, or has no version that can be read.</summary>
    public static SiteHistory? Build(HistorySource source, SiteModel site)
    {
        var versions = source.Versions.Where(v => v.Rows is not null).ToList();
        if (source.Availability != HistoryAvailability.Known || versions.Count == 0)
        {
            return null;
        }

        var resolver = new ValueResolver(site);
        var first = versions[0];
        var firstPublication = new Publication(first.Commit, first.Publication, site.Config.Updated, IsFirst: true);
        var publications = new List<(Publication, IReadOnlyList<ProjectChange>)>
        {
            (firstPublication, Numbered(first.Rows!.Select(r => new ProjectChange(r.Key, r.Value.Name, ChangeKind.Listed, firstPublication.Date, firstPublication)))),
        };

        var before = first.Rows!;
        foreach (var group in Groups(versions.Skip(1)))
        {
            var last = group[^1];
            var publication = new Publication(last.Commit, last.Publication, last.Date, IsFirst: false);
            var changes = Numbered(Compare(before, last.Rows!, publication, resolver));
            if (changes.Count > 0)
            {
                publications.Add((publication, changes));
            }

            before = last.Rows!;
        }

        publications.Reverse();
        var byProject = publications.AsEnumerable().Reverse()
            .SelectMany(p => p.Item2)
            .GroupBy(c => c.ProjectId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProjectChange>)g.ToList(), StringComparer.Ordinal);
        var current = site.Projects.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var removed = byProject.Values
            .Select(changes => changes[^1])
            .Where(c => c.Kind == ChangeKind.Removed && !current.Contains(c.ProjectId))
            .Select(c => new RemovedProject(c.ProjectId, c.ProjectName, c.From, c.Date))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new SiteHistory { Publications = publications, ByProject = byProject, Removed = removed };
    }

    /// <summary>Consecutive versions published under one tag are one publication; a commit without a tag is its own.</summary>
    private static IEnumerable<List<ProjectsVersion>> Groups(IEnumerable<ProjectsVersion> versions)
    {
        var group = new List<ProjectsVersion>();
        foreach (var version in versions)
        {
            if (group.Count > 0 && (version.Publication is null || version.Publication != group[^1].Publication))
            {
                yield return group;
                group = [];
            }

            group.Add(version);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static List<ProjectChange> Numbered(IEnumerable<ProjectChange> changes) => changes.Select((c, i) => c with { Index = i }).ToList();

    /// <summary>The rows in the new version's order, then the removed ones in the old version's.</summary>
    private static IEnumerable<ProjectChange> Compare(IReadOnlyDictionary<string, RowSnapshot> before, IReadOnlyDictionary<string, RowSnapshot> after, Publication publication, ValueResolver resolver)
    {
        foreach (var (id, row) in after)
        {
            if (!before.TryGetValue(id, out var old))
            {
                yield return new ProjectChange(id, row.Name, ChangeKind.Added, publication.Date, publication);
                continue;
            }

            // Most rows are the same from one version to the next: only a row whose cells differ is read closer.
            if (old == row)
            {
                continue;
            }

            foreach (var change in RowChanges(id, old, row, publication, resolver))
            {
                yield return change;
            }
        }

        foreach (var (id, old) in before.Where(r => !after.ContainsKey(r.Key)))
        {
            // From: the field it was in, for the page that stays at its URL.
            yield return new ProjectChange(id, old.Name, ChangeKind.Removed, publication.Date, publication, From: resolver.Field(old.Field).Shown);
        }
    }

    /// <summary>What a reader would notice, most telling first: status, field, towns, name, summary, tags.</summary>
    private static IEnumerable<ProjectChange> RowChanges(string id, RowSnapshot old, RowSnapshot row, Publication publication, ValueResolver resolver)
    {
        ProjectChange Change(ChangeKind kind, string from = "", string to = "") => new(id, row.Name, kind, publication.Date, publication, from, to);

        var (oldStatus, newStatus) = (resolver.Status(old.Status), resolver.Status(row.Status));
        if (oldStatus.Key != newStatus.Key)
        {
            yield return Change(ChangeKind.StatusChanged, oldStatus.Shown, newStatus.Shown);
        }

        var (oldField, newField) = (resolver.Field(old.Field), resolver.Field(row.Field));
        if (oldField.Key != newField.Key)
        {
            yield return Change(ChangeKind.FieldChanged, oldField.Shown, newField.Shown);
        }

        var (oldTowns, newTowns) = (resolver.Towns(old.Towns), resolver.Towns(row.Towns));
        if (newTowns.Except(oldTowns).ToList() is { Count: > 0 } townsAdded)
        {
            yield return Change(ChangeKind.TownsAdded) with { Items = townsAdded };
        }

        if (oldTowns.Except(newTowns).ToList() is { Count: > 0 } townsRemoved)
        {
            yield return Change(ChangeKind.TownsRemoved) with { Items = townsRemoved };
        }

        if (ValueResolver.Comparable(old.Name) != ValueResolver.Comparable(row.Name))
        {
            yield return Change(ChangeKind.Renamed, old.Name, row.Name);
        }

        if (ValueResolver.Comparable(old.Summary) != ValueResolver.Comparable(row.Summary))
        {
            yield return Change(ChangeKind.SummaryChanged);
        }

        var (oldTags, newTags) = (resolver.Tags(old.Tags), resolver.Tags(row.Tags));
        if (newTags.Except(oldTags).ToList() is { Count: > 0 } tagsAdded)
        {
            yield return Change(ChangeKind.TagsAdded) with { Items = tagsAdded };
        }

        if (oldTags.Except(newTags).ToList() is { Count: > 0 } tagsRemoved)
        {
            yield return Change(ChangeKind.TagsRemoved) with { Items = tagsRemoved };
        }
    }
}

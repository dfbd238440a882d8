namespace MoriokaSite.Model;

/// <summary>
/// The source's summary table (分野 × each status of data/statuses.csv × 計), computed from the data:
/// one group per pillar or area, each with its subtotal (小計), then the total (計).
/// </summary>
public sealed record SummaryTable(IReadOnlyList<SummaryTable.Group> Groups, SummaryTable.Counts Total)
{
    /// <summary>How many projects are of each status, in the statuses' order.</summary>
    public sealed record Counts(IReadOnlyList<int> ByStatus)
    {
        public int this[Status status] => ByStatus[(int)status];

        public int Total => ByStatus.Sum();

        public static Counts Of(IEnumerable<Project> projects)
        {
            var list = projects.ToList();
            return new Counts(Enum.GetValues<Status>().Select(s => list.Count(p => p.Status == s)).ToList());
        }
    }

    public sealed record Row(Field Field, Counts Counts);

    public sealed record Group(Pillar Pillar, Pillar? Area, IReadOnlyList<Row> Rows, Counts Subtotal);

    public static SummaryTable From(SiteModel site)
    {
        var groups = new List<Group>();
        foreach (var pillar in site.Pillars)
        {
            var parts = pillar.Areas.Count == 0 ? [(Pillar?)null] : pillar.Areas.Select(a => (Pillar?)a).ToList();
            foreach (var area in parts)
            {
                var fields = (area ?? pillar).Fields;
                var rows = fields.Select(f => new Row(f, Counts.Of(f.Projects))).ToList();
                groups.Add(new Group(pillar, area, rows, Counts.Of(fields.SelectMany(f => f.Projects))));
            }
        }

        return new SummaryTable(groups, Counts.Of(site.Projects));
    }
}

using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Text;

namespace MoriokaSite.Words;

/// <summary>
/// A change to a project told in the site's words (区分が「計画」から「既存」に変わりました), and its date as the
/// wording writes it: the same sentence on the project's page, on /changes/ and in the feed.
/// </summary>
public sealed class ChangeWords(Wording wording)
{
    /// <summary>The sentence, without its date.</summary>
    public string Sentence(ProjectChange change)
    {
        var list = wording["list.separator"];
        return change.Kind switch
        {
            ChangeKind.Listed => wording["history.first", ("date", Day(change.Date))],
            ChangeKind.Added => wording["history.added"],
            ChangeKind.StatusChanged => wording["history.status", ("from", change.From), ("to", change.To)],
            ChangeKind.FieldChanged => wording["history.field", ("from", change.From), ("to", change.To)],
            ChangeKind.TownsAdded => wording["history.townsAdded", ("towns", string.Join(list, change.Items))],
            ChangeKind.TownsRemoved => wording["history.townsRemoved", ("towns", string.Join(list, change.Items))],
            ChangeKind.Renamed => wording["history.renamed", ("from", change.From), ("to", change.To)],
            ChangeKind.SummaryChanged => wording["history.summary"],
            ChangeKind.TagsAdded => wording["history.tagsAdded", ("tags", string.Join(list, change.Items))],
            ChangeKind.TagsRemoved => wording["history.tagsRemoved", ("tags", string.Join(list, change.Items))],
            ChangeKind.Removed => wording["history.removed"],
            _ => throw new InvalidOperationException($"No words for the change {change.Kind}"),
        };
    }

    /// <summary>
    /// The sentence with its month (平成28年3月：…); the first version's says the source's date in its own words
    /// (平成27年11月24日の資料に掲載), as its commit's date is only when it was typed in.
    /// </summary>
    public string Dated(ProjectChange change) =>
        change.Kind == ChangeKind.Listed ? Sentence(change) : wording["history.item", ("date", Month(change.Date)), ("change", Sentence(change))];

    /// <summary>A change's date as a project's history writes it (平成28年3月).</summary>
    public string Month(DateOnly date) => EraDate.Format(date, wording.Template(ThemeStringKeys.HistoryDateKey).Text);

    /// <summary>A publication's date in full (平成28年3月1日).</summary>
    public string Day(DateOnly date) => EraDate.Format(date, wording.Template(ThemeStringKeys.DateKey).Text);

    /// <summary>The open data's name for a kind of change: stable, in English, as a key.</summary>
    public static string Key(ChangeKind kind) => kind switch
    {
        ChangeKind.Listed => "listed",
        ChangeKind.Added => "added",
        ChangeKind.StatusChanged => "status",
        ChangeKind.FieldChanged => "field",
        ChangeKind.TownsAdded => "towns-added",
        ChangeKind.TownsRemoved => "towns-removed",
        ChangeKind.Renamed => "name",
        ChangeKind.SummaryChanged => "summary",
        ChangeKind.TagsAdded => "tags-added",
        ChangeKind.TagsRemoved => "tags-removed",
        ChangeKind.Removed => "removed",
        _ => throw new InvalidOperationException($"No key for the change {kind}"),
    };
}

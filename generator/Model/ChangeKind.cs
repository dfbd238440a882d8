namespace MoriokaSite.Model;

/// <summary>What a change to a project was, as a reader would tell it. The names are the open data's kinds too.</summary>
public enum ChangeKind
{
    /// <summary>In the first version: the source document's project, dated by the source, not by the commit.</summary>
    Listed,
    Added,
    StatusChanged,
    FieldChanged,
    TownsAdded,
    TownsRemoved,
    Renamed,
    SummaryChanged,
    TagsAdded,
    TagsRemoved,
    Removed,
}

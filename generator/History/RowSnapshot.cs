namespace MoriokaSite.History;

/// <summary>
/// One project's row in one version of data/projects.csv, by column name (so that moving a column is no
/// change), each cell tidied as the loader tidies it (so that CRLF, a byte-order mark or Shift_JIS is no change).
/// </summary>
public sealed record RowSnapshot(string Name, string Summary, string Field, string Status, string Towns, string Tags);

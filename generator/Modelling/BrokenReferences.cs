namespace MoriokaSite.Modelling;

/// <summary>
/// Which of the lists others point into had an error of its own: the towns, tags, statuses, pillars and field
/// pages. A cell that points into a broken list is not checked against it. One wrong row in data/towns.csv would
/// otherwise make every 「8市町」 of data/projects.csv wrong too, and bury the one real error under a hundred that
/// go away with it; instead the list's own error comes first, and one line says how many cells wait for it.
/// </summary>
internal sealed record BrokenReferences(bool Towns, bool Tags, bool Statuses, bool Pillars, bool Fields)
{
    public static readonly BrokenReferences None = new(false, false, false, false, false);
}

namespace MoriokaSite.Model;

/// <summary>A project that was once listed and is no longer: its page stays at its URL, saying when it went.</summary>
/// <param name="Name">Its name when it was last listed.</param>
/// <param name="FieldName">Its field's name when it was last listed.</param>
public sealed record RemovedProject(string Id, string Name, string FieldName, DateOnly Removed);

namespace MoriokaSite.Rendering.Views;

/// <summary>A link of the header navigation; <see cref="Section"/> marks the current one.</summary>
public sealed record NavItem(string Section, string Label, string Url);

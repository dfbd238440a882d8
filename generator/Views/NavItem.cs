namespace MoriokaSite.Views;

/// <summary>A link of a menu; <see cref="Section"/> (the section's address) marks the current one.</summary>
public sealed record NavItem(string Section, string Label, string Url);

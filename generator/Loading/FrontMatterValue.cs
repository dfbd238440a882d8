using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>A front-matter value as written, with the position of its key.</summary>
public sealed record FrontMatterValue(string Key, string Value, SourceLocation Location);

namespace MoriokaSite.Routing;

/// <summary>One file of the output: its path under the output folder (forward slashes) and its bytes.</summary>
public sealed record RenderedFile(string Path, byte[] Content);

namespace MoriokaSite.Building;

/// <summary>What a build is asked to do: where the site's files are, where to write, for which URL.</summary>
public sealed record BuildOptions(string Root, string OutputFolder, string? BaseUrl, bool WriteOutput = true);

namespace MoriokaSite.Diagnostics;

/// <summary>A diagnostic's code and message, before it is given a place.</summary>
public sealed record Problem(string Code, string Message);

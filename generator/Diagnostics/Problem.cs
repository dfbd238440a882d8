namespace MoriokaSite.Diagnostics;

/// <summary>A diagnostic's code and its message in Japanese and English, before it is given a place.</summary>
public sealed record Problem(string Code, string Japanese, string English);

namespace MoriokaSite.Diagnostics;

/// <summary>How a language is written on the command line and in site.json: "ja" or "en".</summary>
public static class LanguageCodes
{
    public const string Japanese = "ja";
    public const string English = "en";

    /// <summary>The language a code names, or null for any other text.</summary>
    public static Language? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        Japanese => Language.Japanese,
        English => Language.English,
        _ => null,
    };
}

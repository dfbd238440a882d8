namespace MoriokaSite.Diagnostics;

/// <summary>The languages every message exists in. Japanese comes first: it is the default.</summary>
public enum Language
{
    Japanese,
    English,
}

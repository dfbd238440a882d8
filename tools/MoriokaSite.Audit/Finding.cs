namespace MoriokaSite.Audit;

/// <summary>One problem the audit found: which check, on which page, and what.</summary>
public sealed record Finding(string Check, string Page, string Message)
{
    public override string ToString() => $"/{Page}: {Check}: {Message}";
}

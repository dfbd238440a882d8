namespace MoriokaSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

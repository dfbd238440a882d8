namespace MoriokaSite.Diagnostics;

/// <summary>
/// One problem in the content, data or theme, printed as
/// <c>path:line:column: error|warning CODE: message</c> so that editors and CI annotate it.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Location}: {severity} {Code}: {Message}";
    }
}

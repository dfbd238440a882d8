namespace MoriokaSite.Diagnostics;

/// <summary>
/// One problem in the content, data or theme, printed as
/// <c>path:line:column: error|warning CODE: message</c> so that editors and CI annotate it.
/// <see cref="Message"/> is the Japanese text, <see cref="English"/> the same in English.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    /// <remarks>
    /// A CSV cell's message starts with where it is in Excel's terms (「53行目・E列（分野）：」): staff find
    /// the cell by row and column there, not by the text line and character of the printed prefix.
    /// </remarks>
    public Diagnostic(SourceLocation location, Severity severity, Problem problem)
        : this(location, severity, problem.Code, location.Cell is { } cell ? $"{cell.Describe().Japanese}：{problem.Japanese}" : problem.Japanese)
    {
        English = location.Cell is { } place ? $"{place.Describe().English}: {problem.English}" : problem.English;
    }

    private readonly string? _english;

    /// <summary>The message in English; the Japanese one for a diagnostic made without a translation.</summary>
    public string English
    {
        get => _english ?? Message;
        init => _english = value;
    }

    public string MessageIn(Language language) => language == Language.English ? English : Message;

    /// <summary>The contract's one line, with the message in the language given.</summary>
    public string Format(Language language)
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Location}: {severity} {Code}: {MessageIn(language)}";
    }

    public override string ToString() => Format(Language.Japanese);
}

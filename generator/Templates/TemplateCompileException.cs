namespace MoriokaSite.Templates;

/// <summary>A template that does not compile: a theme problem, reported as a diagnostic at its file, line and column.</summary>
public sealed class TemplateCompileException(string template, int line, int column, string detail)
    : Exception($"{template}:{line}:{column}: {detail}")
{
    public string Template { get; } = template;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Detail { get; } = detail;
}

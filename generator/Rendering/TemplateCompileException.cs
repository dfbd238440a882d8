namespace MoriokaSite.Rendering;

/// <summary>A template that does not compile: a theme problem, reported as a diagnostic at its file and line.</summary>
public sealed class TemplateCompileException(string template, int line, string detail)
    : Exception($"{template}:{line}: {detail}")
{
    public string Template { get; } = template;

    public int Line { get; } = line;

    public string Detail { get; } = detail;
}

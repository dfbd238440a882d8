using System.Diagnostics;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Templates;

/// <summary>
/// A template that fails while a page is rendered (it throws, dereferences a null, includes a template
/// the theme lacks, or includes templates without end) is a theme problem: reported as a diagnostic at the template's line, which
/// the compiled theme's line table gives, never as a crash.
/// </summary>
public static class TemplateFailure
{
    /// <summary>The diagnostic for a page whose template failed.</summary>
    /// <param name="layoutsPath">The templates' folder as diagnostics print it (themes/default/layouts).</param>
    /// <param name="pageTemplate">The page's own template: the place to report when no template line is known.</param>
    /// <param name="pageUrl">The page being made, for the message.</param>
    public static Diagnostic Describe(Exception e, string layoutsPath, string pageTemplate, string pageUrl)
    {
        var (template, line) = Where(e) ?? ($"{pageTemplate}.cshtml", 1);
        var problem = e switch
        {
            MissingPartialException missing => Problems.PartialMissing(missing.Name, missing.Available),
            IncludeTooDeepException deep => Problems.IncludeTooDeep(Path.GetFileNameWithoutExtension(template), deep.Cycle, IncludeDepth.MaxDepth),
            _ => Problems.TemplateFailed(pageUrl, $"{e.GetType().Name}: {e.Message}"),
        };
        return new Diagnostic(new SourceLocation($"{layoutsPath}/{template}", line, 1), Severity.Error, problem);
    }

    /// <summary>The innermost frame in a template (a partial's, when the partial failed), or null without one.</summary>
    private static (string Template, int Line)? Where(Exception e)
    {
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            var file = frame.GetFileName();
            if (frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name == CompiledTheme.AssemblyName
                && !string.IsNullOrEmpty(file) && frame.GetFileLineNumber() > 0)
            {
                return (Path.GetFileName(file), frame.GetFileLineNumber());
            }
        }

        return null;
    }
}

using MoriokaSite.Diagnostics;

namespace MoriokaSite.Tests.Support;

public static class DiagnosticAssert
{
    /// <summary>Asserts that exactly one diagnostic has the code, at the file and line given, and returns it.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, string path, int line, Severity severity = Severity.Error)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        var found = Assert.Single(matching);
        Assert.Equal(path, found.Location.Path);
        Assert.Equal(line, found.Location.Line);
        Assert.Equal(severity, found.Severity);
        return found;
    }
}

using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Modelling;

/// <summary>Checks a Markdown file's front matter against the keys its kind of page allows.</summary>
internal static class FrontMatter
{
    /// <summary>Reports unknown and missing keys; true when every required key is present.</summary>
    public static bool Check(MarkdownFile file, IReadOnlyList<string> allowed, IReadOnlyList<string> required, DiagnosticBag diagnostics)
    {
        if (!file.HasFrontMatter)
        {
            diagnostics.Error(file.Start, Problems.FrontMatterMissing(required));
            return false;
        }

        foreach (var value in file.FrontMatter.Where(v => !allowed.Contains(v.Key)))
        {
            diagnostics.Error(value.Location, Problems.FrontMatterUnknownKey(value.Key, allowed));
        }

        var ok = true;
        foreach (var key in required.Where(k => string.IsNullOrEmpty(file[k]?.Value)))
        {
            diagnostics.Error(file[key]?.Location ?? file.Start, Problems.FrontMatterKeyMissing(key));
            ok = false;
        }

        return ok;
    }
}

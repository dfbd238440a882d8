using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Model.Building;

/// <summary>content/*.md → the text pages: home, agreement, schedule.</summary>
internal static class PagesBuilder
{
    public static readonly string[] Keys = ["title", "description"];

    public static ContentPage? Build(MarkdownFile? file, DiagnosticBag diagnostics)
    {
        if (file is null || !FrontMatter.Check(file, Keys, Keys, diagnostics))
        {
            return null;
        }

        return new ContentPage(file["title"]!.Value, file["description"]!.Value, file.Body);
    }
}

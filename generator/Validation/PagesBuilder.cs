using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Validation;

/// <summary>content/*.md → the text pages: home, agreement, schedule.</summary>
internal static class PagesBuilder
{
    public static readonly string[] Keys = ["title", "description"];

    /// <summary>The agreement's text also names the word its partners' names replace (〇〇市（町）).</summary>
    public static readonly string[] AgreementKeys = ["title", "description", "placeholder"];

    public static ContentPage? Build(MarkdownFile? file, DiagnosticBag diagnostics)
    {
        if (file is null || !FrontMatter.Check(file, Keys, Keys, diagnostics))
        {
            return null;
        }

        return new ContentPage(file["title"]!.Value, file["description"]!.Value, file.Body);
    }

    /// <summary>The agreement's text and its placeholder; null after a diagnostic.</summary>
    public static (ContentPage Page, string Placeholder)? BuildAgreement(MarkdownFile? file, DiagnosticBag diagnostics)
    {
        if (file is null || !FrontMatter.Check(file, AgreementKeys, AgreementKeys, diagnostics))
        {
            return null;
        }

        return (new ContentPage(file["title"]!.Value, file["description"]!.Value, file.Body), file["placeholder"]!.Value);
    }
}

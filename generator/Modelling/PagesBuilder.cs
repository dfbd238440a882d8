using System.Globalization;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;
using MoriokaSite.Routing;

namespace MoriokaSite.Modelling;

/// <summary>
/// content/**/*.md (but the fields) → the site's pages. A file is a page: its name is its address, its front matter
/// its kind (layout), its place in the menus (menu, weight) and the shorter title they show (linkTitle).
/// </summary>
internal static class PagesBuilder
{
    public static readonly string[] Keys = ["title", "description", "layout", "menu", "weight", "linkTitle"];

    /// <summary>The agreement's text also names the word its partners' names replace (〇〇市（町）).</summary>
    public static readonly string[] AgreementKeys = [.. Keys, "placeholder"];

    private static readonly string[] Required = ["title", "description"];

    /// <summary>The menus a page may be in, as front matter writes them.</summary>
    public static readonly IReadOnlyList<(string Word, PageMenu Menu)> Menus = [("main", PageMenu.Main), ("footer", PageMenu.Footer)];

    /// <summary>The page the publishing check audits last, by its address: only it may show the audit's results.</summary>
    public const string AccessibilityName = "accessibility";

    /// <summary>Null when there are errors, after all of them have been reported.</summary>
    /// <param name="unread">Page files that could not be read: one of them may be the page a site needs, so none is called missing.</param>
    public static IReadOnlyList<ContentPage>? Build(IReadOnlyList<MarkdownFile> files, IReadOnlyList<string> unread, DiagnosticBag diagnostics)
    {
        var ok = true;
        var pages = new List<ContentPage>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        string? agreement = null;
        foreach (var file in files)
        {
            var name = NameOf(file.Path);
            if (!CheckName(file, name, diagnostics))
            {
                ok = false;
                continue;
            }

            if (!byName.TryAdd(name, file.Path))
            {
                diagnostics.Error(file.Start, Problems.PageTwice($"/{name}{(name.Length == 0 ? string.Empty : "/")}", byName[name]));
                ok = false;
                continue;
            }

            var page = BuildOne(file, name, diagnostics);
            if (page?.Layout == PageLayout.Agreement && agreement is not null)
            {
                diagnostics.Error(file["layout"]!.Location, Problems.SecondPageOfLayout(nameof(PageLayout.Agreement), agreement));
                page = null;
            }

            agreement ??= page?.Layout == PageLayout.Agreement ? file.Path : null;
            ok &= page is not null;
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        if (unread.Count > 0)
        {
            return null;
        }

        ok &= Requires(files, PageLayout.Agreement, new Phrase("連携協約のページ（設定欄に layout: Agreement と書いた content/ の Markdown。例: content/agreement.md）", "The partnership agreement's page (a Markdown file of content/ with layout: Agreement in its front matter, such as content/agreement.md)"), diagnostics);
        ok &= Requires(files, PageLayout.Accessibility, new Phrase($"アクセシビリティ方針のページ（設定欄に layout: Accessibility と書いた content/{AccessibilityName}.md）", $"The accessibility policy's page (content/{AccessibilityName}.md with layout: Accessibility in its front matter)"), diagnostics);
        return ok ? pages.OrderBy(p => p.Name, StringComparer.Ordinal).ToList() : null;
    }

    /// <summary>"content/schedule.md" and "content/schedule/index.md" → "schedule"; "content/index.md" → "" (the home page).</summary>
    public static string NameOf(string path)
    {
        var name = path[(SiteLoader.ContentFolder.Length + 1)..^".md".Length];
        return name == "index" ? string.Empty : name.EndsWith("/index", StringComparison.Ordinal) ? name[..^"/index".Length] : name;
    }

    private static bool CheckName(MarkdownFile file, string name, DiagnosticBag diagnostics)
    {
        var segments = name.Length == 0 ? [] : name.Split('/');
        foreach (var segment in segments)
        {
            if (!CellParsing.IsSlug(segment))
            {
                diagnostics.Error(file.Start, Problems.PageNameUnusable(segment));
                return false;
            }

            if (CellParsing.IsReservedOnWindows(segment))
            {
                diagnostics.Error(file.Start, Problems.PageNameReserved(segment));
                return false;
            }
        }

        if (segments.Length > 0 && SitePaths.GeneratedSections.Contains(segments[0], StringComparer.Ordinal))
        {
            diagnostics.Error(file.Start, Problems.PageNameTaken(segments[0], SitePaths.GeneratedSections));
            return false;
        }

        return true;
    }

    private static ContentPage? BuildOne(MarkdownFile file, string name, DiagnosticBag diagnostics)
    {
        var layout = Layout(file, name, diagnostics);
        if (layout is null || !FrontMatter.Check(file, layout == PageLayout.Agreement ? AgreementKeys : Keys, layout == PageLayout.Agreement ? [.. Required, "placeholder"] : Required, diagnostics))
        {
            return null;
        }

        var menu = PageMenu.None;
        if (file["menu"] is { Value.Length: > 0 } menuValue)
        {
            var found = Menus.FirstOrDefault(m => m.Word == menuValue.Value);
            if (found.Word is null)
            {
                diagnostics.Error(menuValue.Location, Problems.ValueNotOneOf("menu", menuValue.Value, Menus.Select(m => m.Word)));
                return null;
            }

            menu = found.Menu;
        }

        int? weight = null;
        if (file["weight"] is { Value.Length: > 0 } weightValue)
        {
            // Full-width digits (１０) are what a Japanese IME types by default.
            if (!int.TryParse(weightValue.Value.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                diagnostics.Error(weightValue.Location, Problems.NotANumber("weight", weightValue.Value));
                return null;
            }

            weight = parsed;
        }

        var title = file["title"]!.Value;
        return new ContentPage(name, title, file["description"]!.Value, file.Body)
        {
            Layout = layout.Value,
            Menu = menu,
            Weight = weight,
            LinkTitle = file["linkTitle"]?.Value is { Length: > 0 } linkTitle ? linkTitle : title,
            Placeholder = file["placeholder"]?.Value,
        };
    }

    /// <summary>The page's layout: as written, or by its place (the home page's is Home, any other's TextPage).</summary>
    private static PageLayout? Layout(MarkdownFile file, string name, DiagnosticBag diagnostics)
    {
        var isHome = name.Length == 0;
        if (file["layout"] is not { Value.Length: > 0 } written)
        {
            return isHome ? PageLayout.Home : PageLayout.TextPage;
        }

        PageLayout[] allowed = isHome ? [PageLayout.Home] : [PageLayout.TextPage, PageLayout.Agreement, PageLayout.Accessibility];
        var layout = allowed.Cast<PageLayout?>().FirstOrDefault(l => l.ToString() == written.Value);
        if (layout is null)
        {
            diagnostics.Error(written.Location, Problems.ValueNotOneOf("layout", written.Value, allowed.Select(l => l.ToString())));
            return null;
        }

        if (layout == PageLayout.Accessibility && name != AccessibilityName)
        {
            diagnostics.Error(written.Location, Problems.LayoutElsewhere(written.Value, $"{SiteLoader.ContentFolder}/{AccessibilityName}.md"));
            return null;
        }

        return layout;
    }

    /// <summary>Reports a site without a page of <paramref name="layout"/>; a file that asks for it but has errors is reported for those.</summary>
    private static bool Requires(IReadOnlyList<MarkdownFile> files, PageLayout layout, Phrase page, DiagnosticBag diagnostics)
    {
        if (files.Any(f => f["layout"]?.Value == layout.ToString()))
        {
            return true;
        }

        diagnostics.Error(SourceLocation.StartOf(SiteLoader.ContentFolder), Problems.FileMissing(page));
        return false;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;
using MoriokaSite.Model;

namespace MoriokaSite.Modelling;

/// <summary>content/fields/*.md → the policy fields, in order, each under its pillar and area.</summary>
internal static partial class FieldsBuilder
{
    public static readonly string[] Keys = ["slug", "title", "shortTitle", "tableTitle", "pillar", "area", "order"];

    /// <param name="pillarsBroken">data/pillars.csv had errors of its own: the pages' pillars wait for it, counted once.</param>
    public static IReadOnlyList<Field> Build(IReadOnlyList<MarkdownFile> files, IReadOnlyDictionary<string, Pillar> pillars, bool pillarsBroken, Backlinks links, DiagnosticBag diagnostics)
    {
        CheckSections(files, diagnostics);
        var waiting = new UncheckedCells(diagnostics);
        var fields = new List<Field>();
        var bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var field = BuildOne(file, pillars, pillarsBroken ? waiting : null, links, diagnostics);
            if (field is null)
            {
                continue;
            }

            if (!bySlug.TryAdd(field.Slug, file.Path))
            {
                diagnostics.Error(file["slug"]!.Location, Problems.DuplicateFieldSlug(field.Slug, bySlug[field.Slug]));
                continue;
            }

            fields.Add(field);
        }

        waiting.Report();
        return fields.OrderBy(f => f.Order).ThenBy(f => f.Slug, StringComparer.Ordinal).ToList();
    }

    /// <param name="waiting">Where a page's pillar goes unchecked while data/pillars.csv is broken; null when it is not.</param>
    private static Field? BuildOne(MarkdownFile file, IReadOnlyDictionary<string, Pillar> pillars, UncheckedCells? waiting, Backlinks links, DiagnosticBag diagnostics)
    {
        if (!FrontMatter.Check(file, Keys, ["slug", "title", "pillar", "order"], diagnostics))
        {
            return null;
        }

        var slug = file["slug"]!;
        var fileName = Path.GetFileNameWithoutExtension(file.Path);
        if (!CellParsing.IsSlug(slug.Value))
        {
            diagnostics.Error(slug.Location, Problems.IdFormat(slug.Value, "tourism"));
            return null;
        }

        if (CellParsing.IsReservedOnWindows(slug.Value))
        {
            diagnostics.Error(slug.Location, Problems.ReservedId(slug.Value));
            return null;
        }

        if (slug.Value != fileName)
        {
            diagnostics.Error(slug.Location, Problems.SlugMismatch(slug.Value, file.Path));
        }

        var order = file["order"]!;
        if (!int.TryParse(order.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var orderValue))
        {
            diagnostics.Error(order.Location, Problems.NotANumber("order", order.Value));
            return null;
        }

        // With pillars.csv broken, a pillar it lacks waits for it rather than being this page's error.
        if (waiting is not null && !pillars.ContainsKey(file["pillar"]!.Value))
        {
            waiting.Skip(SiteLoader.PillarsPath, file["pillar"]!.Location, "pillar");
            return null;
        }

        var (pillar, area) = ResolvePillar(file, pillars, diagnostics);
        var shortTitle = file["shortTitle"]?.Value is { Length: > 0 } given ? given : file["title"]!.Value;
        return pillar is null ? null : new Field(links.ProjectsOf, links.CrossListedIn)
        {
            Slug = slug.Value,
            Title = file["title"]!.Value,
            ShortTitle = shortTitle,
            TableTitle = file["tableTitle"]?.Value is { Length: > 0 } tableTitle ? tableTitle : shortTitle,
            Order = orderValue,
            Pillar = pillar,
            Area = area,
            Body = file.Body,
        };
    }

    /// <summary>
    /// A field page's sections are its own headings (## …): no list of them is fixed, since another region's
    /// vision, or the next one, has sections of its own. What the data can still tell is a heading that most
    /// fields have and one lacks: a section forgotten, or written with another word.
    /// </summary>
    private static void CheckSections(IReadOnlyList<MarkdownFile> files, DiagnosticBag diagnostics)
    {
        var headings = files.Select(f => Headings(f.Body)).ToList();
        var common = headings.SelectMany(h => h).Distinct(StringComparer.Ordinal)
            .Select(h => (Heading: h, Having: headings.Count(set => set.Contains(h))))
            .Where(x => x.Having * 2 > files.Count)
            .ToList();
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var (heading, having) in common.Where(c => !headings[i].Contains(c.Heading)))
            {
                diagnostics.Warning(files[i].Start, Problems.SectionMissing(heading, having, files.Count));
            }
        }
    }

    private static HashSet<string> Headings(string body) =>
        SectionHeading().Matches(body).Select(m => m.Groups[1].Value.Trim()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^## (.+)$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    private static (Pillar? Pillar, Pillar? Area) ResolvePillar(MarkdownFile file, IReadOnlyDictionary<string, Pillar> pillars, DiagnosticBag diagnostics)
    {
        var pillarValue = file["pillar"]!;
        var topLevel = pillars.Values.Where(p => p.Parent is null).OrderBy(p => p.Order).Select(p => p.Slug).ToList();
        if (!pillars.TryGetValue(pillarValue.Value, out var pillar) || pillar.Parent is not null)
        {
            diagnostics.Error(pillarValue.Location, Problems.UnknownPillar("pillar", pillarValue.Value, topLevel));
            return (null, null);
        }

        var areaValue = file["area"];
        if (string.IsNullOrEmpty(areaValue?.Value))
        {
            if (pillar.Areas.Count > 0)
            {
                diagnostics.Error(areaValue?.Location ?? pillarValue.Location, Problems.AreaRequired(pillar.Slug));
                return (null, null);
            }

            return (pillar, null);
        }

        if (!pillars.TryGetValue(areaValue.Value, out var area))
        {
            diagnostics.Error(areaValue.Location, Problems.UnknownPillar("area", areaValue.Value, pillar.Areas.Select(a => a.Slug)));
            return (null, null);
        }

        if (area.Parent != pillar)
        {
            diagnostics.Error(areaValue.Location, Problems.AreaMismatch(pillar.Slug));
            return (null, null);
        }

        return (pillar, area);
    }
}

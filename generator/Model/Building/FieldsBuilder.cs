using System.Globalization;
using MoriokaSite.Diagnostics;
using MoriokaSite.Loading;

namespace MoriokaSite.Model.Building;

/// <summary>content/fields/*.md → the policy fields, in order, each under its pillar and area.</summary>
internal static class FieldsBuilder
{
    public static readonly string[] Keys = ["slug", "title", "shortTitle", "pillar", "area", "order"];

    /// <summary>The sections the source gives every field; a field page without one would be incomplete.</summary>
    public static readonly string[] Sections = ["取組内容", "盛岡市の役割", "連携市町の役割", "期待される効果"];

    public static IReadOnlyList<Field> Build(IReadOnlyList<MarkdownFile> files, IReadOnlyDictionary<string, Pillar> pillars, DiagnosticBag diagnostics)
    {
        var fields = new List<Field>();
        var bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var field = BuildOne(file, pillars, diagnostics);
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

        return fields.OrderBy(f => f.Order).ThenBy(f => f.Slug, StringComparer.Ordinal).ToList();
    }

    private static Field? BuildOne(MarkdownFile file, IReadOnlyDictionary<string, Pillar> pillars, DiagnosticBag diagnostics)
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

        var (pillar, area) = ResolvePillar(file, pillars, diagnostics);
        foreach (var section in Sections.Where(s => !file.Body.Contains($"## {s}\n", StringComparison.Ordinal) && !file.Body.EndsWith($"## {s}", StringComparison.Ordinal)))
        {
            diagnostics.Warning(file.Start, Problems.SectionMissing(section, Sections));
        }

        return pillar is null ? null : new Field
        {
            Slug = slug.Value,
            Title = file["title"]!.Value,
            ShortTitle = file["shortTitle"]?.Value is { Length: > 0 } shortTitle ? shortTitle : file["title"]!.Value,
            Order = orderValue,
            Pillar = pillar,
            Area = area,
            Body = file.Body,
        };
    }

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

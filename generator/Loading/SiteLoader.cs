using MoriokaSite.Config;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Loading;

/// <summary>The loading stage: reads every input file once. Nothing after this stage touches the disk's content.</summary>
public static class SiteLoader
{
    public const string TownsPath = "data/towns.csv";
    public const string PillarsPath = "data/pillars.csv";
    public const string ProjectsPath = "data/projects.csv";
    public const string FieldsFolder = "content/fields";
    public const string HomePath = "content/index.md";
    public const string AgreementPath = "content/agreement.md";
    public const string SchedulePath = "content/schedule.md";
    public const string AccessibilityPath = "content/accessibility.md";

    public static SiteSources Load(string root, DiagnosticBag diagnostics)
    {
        var fieldsFolder = Path.Combine(root, FieldsFolder);
        var fieldFiles = Directory.Exists(fieldsFolder)
            ? Directory.GetFiles(fieldsFolder, "*.md").Select(f => $"{FieldsFolder}/{Path.GetFileName(f)}").Order(StringComparer.Ordinal).ToList()
            : [];
        if (fieldFiles.Count == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(FieldsFolder), Problems.FileMissing("分野の Markdown（content/fields/*.md）"));
        }

        return new SiteSources
        {
            Root = root,
            Config = SiteConfigLoader.Load(root, diagnostics),
            Towns = CsvLoader.Load(root, TownsPath, "市町の一覧 data/towns.csv", diagnostics),
            Pillars = CsvLoader.Load(root, PillarsPath, "政策の柱の一覧 data/pillars.csv", diagnostics),
            Projects = CsvLoader.Load(root, ProjectsPath, "事業の一覧 data/projects.csv", diagnostics),
            Fields = fieldFiles.Select(f => MarkdownLoader.Load(root, f, f, diagnostics)).OfType<MarkdownFile>().ToList(),
            Home = MarkdownLoader.Load(root, HomePath, "トップページの本文 content/index.md", diagnostics),
            Agreement = MarkdownLoader.Load(root, AgreementPath, "連携協約 content/agreement.md", diagnostics),
            Schedule = MarkdownLoader.Load(root, SchedulePath, "スケジュール content/schedule.md", diagnostics),
            AccessibilityPolicy = MarkdownLoader.Load(root, AccessibilityPath, "アクセシビリティ方針 content/accessibility.md", diagnostics),
            AccessibilityReport = AccessibilityReportLoader.Load(root, diagnostics),
        };
    }
}
